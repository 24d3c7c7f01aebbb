import { ApiError, toApiError } from '../shared/api';

/** What POST /imports/roster answers: the import, as the RosterImportView fields. */
export interface UploadedImport {
  id: string;
  fileName: string;
  status: 'INVALID' | 'READY' | 'APPLIED' | 'DISCARDED';
  version: string;
  retireMissing: boolean;
  organisationRows: number;
  cadreRows: number;
  statusRows: number;
  errorCount: number;
  added: number;
  changed: number;
  moved: number;
  retired: number;
}

/**
 * Sends a roster file to the server as it is (application/octet-stream, with
 * the session cookie); a refusal comes back as the same coded error as
 * /graphql and is thrown as an ApiError.
 */
export async function uploadRoster(file: File, retireMissing: boolean): Promise<UploadedImport> {
  let response: Response;
  try {
    response = await fetch(`/imports/roster?fileName=${encodeURIComponent(file.name)}${retireMissing ? '&retireMissing=1' : ''}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/octet-stream' },
      body: file,
    });
  } catch (cause) {
    throw new ApiError('NETWORK', cause instanceof Error ? cause.message : 'Network error');
  }
  const body = (await response.json().catch(() => null)) as (UploadedImport & { errors?: Array<{ message?: string; extensions?: Record<string, unknown> }> }) | null;
  if (!response.ok || !body || body.errors) throw toApiError(body?.errors?.[0] ?? { message: `HTTP ${response.status}`, extensions: { code: 'INTERNAL' } });
  return body;
}

/** The sheets a CSV holds one of, as the export and template routes name them. */
export const CSV_SHEETS = [
  { slug: 'organisations', sheet: 'ORGANISATIONS' },
  { slug: 'cadres', sheet: 'CADRES' },
  { slug: 'statuses', sheet: 'STATUSES' },
] as const;
