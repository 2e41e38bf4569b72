/**
 * Which files may be attached to a signal. The type is decided by the content (magic bytes), never by
 * the name the sender gave. Plain text has no magic bytes: it is accepted when it is valid UTF-8
 * without NUL bytes. Legacy binary Office files (.doc/.xls, "compound files") and macro-enabled formats
 * are refused: their container can hold anything, including macros.
 */
export const ALLOWED_MEDIA_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'image/tiff': 'tif',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'text/plain': 'txt',
};

export function isAllowedMediaType(mediaType: string): boolean {
  return Object.hasOwn(ALLOWED_MEDIA_TYPES, mediaType);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Valid UTF-8 and no NUL byte: what we accept as plain text when no binary type was recognised. */
export function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A file name safe to store and to send back in Content-Disposition: no path, no control characters,
 * at most 200 characters, never empty.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((c) => {
      const code = c.codePointAt(0) ?? 0;
      return code >= 0x20 && code !== 0x7f && !'"<>|:*?'.includes(c);
    })
    .join('')
    .trim()
    .replace(/^\.+/, '');
  const limited = cleaned.length > 200 ? cleaned.slice(cleaned.length - 200) : cleaned;
  return limited || 'bijlage';
}
