import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { isAllowedMediaType, isPlainText, safeFileName } from '../../domain/melding/attachments.js';
import { LIMITS } from '../../domain/melding/intake.js';
import type { FieldIssue } from '../../domain/melding/types.js';

/** An attachment as the client sends it: JSON with the file's bytes in base64. */
export interface AttachmentUpload {
  readonly fileName: string;
  readonly contentBase64: string;
}

export interface CheckedAttachment {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
  readonly sha256: string;
}

const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes an attachment and decides its type from its content (file-type's magic-byte detection; plain
 * UTF-8 text when nothing binary is recognised). Refuses other types, empty files and files over 10 MB.
 * `field` is the dotted path used in the error ("attachments.0").
 */
export async function checkAttachment(
  upload: AttachmentUpload,
  field: string,
): Promise<{ ok: true; file: CheckedAttachment } | { ok: false; error: FieldIssue }> {
  const b64 = upload.contentBase64;
  if (b64.length % 4 !== 0 || !BASE64_RE.test(b64)) {
    return {
      ok: false,
      error: {
        field: `${field}.contentBase64`,
        nl: 'Het bestand kon niet worden gelezen.',
        en: 'The file could not be read.',
      },
    };
  }
  const content = Buffer.from(b64, 'base64');
  if (content.byteLength === 0) {
    return { ok: false, error: { field, nl: 'Het bestand is leeg.', en: 'The file is empty.' } };
  }
  if (content.byteLength > LIMITS.attachmentBytes) {
    return {
      ok: false,
      error: { field, nl: 'Het bestand is groter dan 10 MB.', en: 'The file is larger than 10 MB.' },
    };
  }
  const detected = await fileTypeFromBuffer(content);
  const mediaType = detected ? detected.mime : isPlainText(content) ? 'text/plain' : null;
  if (!mediaType || !isAllowedMediaType(mediaType)) {
    return {
      ok: false,
      error: {
        field,
        nl: 'Dit soort bestand wordt niet aangenomen. Stuur een PDF, afbeelding, tekstbestand of kantoordocument (Word, Excel, PowerPoint, OpenDocument).',
        en: 'This kind of file is not accepted. Send a PDF, image, text file or office document (Word, Excel, PowerPoint, OpenDocument).',
      },
    };
  }
  return {
    ok: true,
    file: {
      fileName: safeFileName(upload.fileName),
      mediaType,
      content,
      sha256: createHash('sha256').update(content).digest('hex'),
    },
  };
}
