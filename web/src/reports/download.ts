import { ApiError, toApiError } from '../shared/api';

/**
 * Downloads a file from an authenticated GET route (the session cookie goes
 * with it). A refusal comes back as the same coded JSON error as /graphql and
 * is thrown as an ApiError, so the page can say it in plain words.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError('NETWORK', cause instanceof Error ? cause.message : 'Network error');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: Array<{ message?: string; extensions?: Record<string, unknown> }> } | null;
    throw toApiError(body?.errors?.[0] ?? { message: `HTTP ${response.status}`, extensions: { code: response.status === 403 ? 'FORBIDDEN' : 'INTERNAL' } });
  }
  const blob = await response.blob();
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : fallbackName;
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
