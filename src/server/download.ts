import type { FastifyReply } from 'fastify';

export interface DownloadFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Uint8Array;
}

/**
 * Sends a stored file as a download (an attachment of a signal, a key figure's agreement, a covenant's signed
 * version): never shown inline, never cached, the type as checked at upload and not sniffed, and the file
 * name in plain ASCII with the exact name beside it (RFC 6266).
 */
export function sendDownload(reply: FastifyReply, file: DownloadFile): FastifyReply {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('Content-Type', file.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : file.mediaType)
    .header(
      'Content-Disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header('Cache-Control', 'no-store')
    .header('X-Content-Type-Options', 'nosniff')
    .send(Buffer.from(file.content));
}
