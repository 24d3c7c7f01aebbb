import { ApiError, toApiError } from '../shared/api';

export type OwnerKind = 'SELF_REPORT' | 'REVIEW_CASE' | 'OBJECTION' | 'FINDING';

/** What POST /uploads/attachments answers. */
export interface UploadedAttachment {
  id: string;
  name: string;
  size: number;
  mediaType: string;
  uploadedAt: string;
  uploaderName: string | null;
}

/** The extension of a file name, lower case ('' without one). */
export function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return match ? match[1]!.toLowerCase() : '';
}

/**
 * What is wrong with a file before it is sent, by the server's limits: the
 * refusal's code (the server would answer the same), or null. The content is
 * still checked by the server.
 */
export function precheck(file: { name: string; size: number }, limits: { maxBytes: number; extensions: string[] }): 'ATTACHMENT_TOO_LARGE' | 'ATTACHMENT_TYPE_REFUSED' | 'EMPTY' | null {
  if (!limits.extensions.includes(extensionOf(file.name))) return 'ATTACHMENT_TYPE_REFUSED';
  if (file.size === 0) return 'EMPTY';
  if (file.size > limits.maxBytes) return 'ATTACHMENT_TOO_LARGE';
  return null;
}

type UploadAnswer = UploadedAttachment & { errors?: Array<{ message?: string; extensions?: Record<string, unknown> }> };

function parseBody(text: string): UploadAnswer | null {
  try {
    return JSON.parse(text) as UploadAnswer;
  } catch {
    return null;
  }
}

/**
 * Sends one file (multipart, with the session cookie, or the objector's
 * token) and reports the progress; a refusal comes back as the same coded
 * error as /graphql and is thrown as an ApiError. XMLHttpRequest, because
 * fetch reports no upload progress.
 */
export function uploadAttachment(
  kind: OwnerKind,
  ownerId: string,
  file: File,
  options: { token?: string | null; onProgress?: (percent: number) => void } = {},
): Promise<UploadedAttachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/uploads/attachments?ownerKind=${kind}&ownerId=${encodeURIComponent(ownerId)}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    if (options.token) xhr.setRequestHeader('X-Attachment-Token', options.token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError('NETWORK', 'Network error'));
    xhr.onload = () => {
      const body = parseBody(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && body && !body.errors) resolve(body);
      else reject(toApiError(body?.errors?.[0] ?? { message: `HTTP ${xhr.status}`, extensions: { code: 'INTERNAL' } }));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
