import { fileTypeFromFile } from 'file-type';
import { AppError } from '../common/errors.js';

/**
 * The kinds of file an attachment may be: each extension with the media type
 * it is served as, and what its content must be recognised as (magic bytes,
 * by `file-type`). The old Office formats (.doc, .xls, .ppt) are OLE compound
 * files, recognised only as such (`application/x-cfb`). Anything else — an
 * executable, HTML, SVG, a script — is refused, and so is a file whose
 * content is not what its extension says.
 */
export const ATTACHMENT_KINDS = {
  pdf: { mediaType: 'application/pdf', content: ['application/pdf'] },
  png: { mediaType: 'image/png', content: ['image/png'] },
  jpg: { mediaType: 'image/jpeg', content: ['image/jpeg'] },
  jpeg: { mediaType: 'image/jpeg', content: ['image/jpeg'] },
  gif: { mediaType: 'image/gif', content: ['image/gif'] },
  webp: { mediaType: 'image/webp', content: ['image/webp'] },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', content: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] },
  pptx: { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', content: ['application/vnd.openxmlformats-officedocument.presentationml.presentation'] },
  doc: { mediaType: 'application/msword', content: ['application/x-cfb'] },
  xls: { mediaType: 'application/vnd.ms-excel', content: ['application/x-cfb'] },
  ppt: { mediaType: 'application/vnd.ms-powerpoint', content: ['application/x-cfb'] },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', content: ['application/vnd.oasis.opendocument.text'] },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', content: ['application/vnd.oasis.opendocument.spreadsheet'] },
  odp: { mediaType: 'application/vnd.oasis.opendocument.presentation', content: ['application/vnd.oasis.opendocument.presentation'] },
} as const satisfies Record<string, { mediaType: string; content: readonly string[] }>;
export type AttachmentExtension = keyof typeof ATTACHMENT_KINDS;
export const ATTACHMENT_EXTENSIONS = Object.keys(ATTACHMENT_KINDS) as AttachmentExtension[];

/** The extension of a file name, lower case, or null when it has none. */
export function extensionOf(fileName: string): string | null {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName);
  return match ? match[1]!.toLowerCase() : null;
}

/** A file name as kept: no path, no control characters, at most 255 characters; refused when nothing is left. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const name = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!name || name === '.' || name === '..') throw new AppError('VALIDATION', 'The file has no name', { fields: [{ field: 'file', messages: ['no file name'] }] });
  if (name.length > 255) throw new AppError('VALIDATION', 'The file name is longer than 255 characters', { fields: [{ field: 'file', messages: ['file name too long'] }] });
  return name;
}

/** What the extension says and what the content was recognised as: the media type to store, or ATTACHMENT_TYPE_REFUSED. */
export function checkKind(fileName: string, detected: string | null): string {
  const ext = extensionOf(fileName);
  const kind = ext && ext in ATTACHMENT_KINDS ? ATTACHMENT_KINDS[ext as AttachmentExtension] : null;
  if (!kind) {
    throw new AppError('ATTACHMENT_TYPE_REFUSED', `Files of this kind (${ext ? `.${ext}` : 'no extension'}) are not accepted: only ${ATTACHMENT_EXTENSIONS.map((e) => `.${e}`).join(', ')}`, {
      extension: ext,
      detected,
      allowed: ATTACHMENT_EXTENSIONS,
    });
  }
  if (!detected || !(kind.content as readonly string[]).includes(detected)) {
    throw new AppError('ATTACHMENT_TYPE_REFUSED', `The content of the file is not a .${ext} file${detected ? ` (it is ${detected})` : ''}: a file must be what its name says`, {
      extension: ext,
      detected,
      allowed: ATTACHMENT_EXTENSIONS,
    });
  }
  return kind.mediaType;
}

/** The media type recognised from the file's first bytes, or null. */
export async function detectContent(path: string): Promise<string | null> {
  return (await fileTypeFromFile(path))?.mime ?? null;
}
