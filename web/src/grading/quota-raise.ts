/** The quota-raise form as the dialog holds it. */
export interface RaiseForm {
  pool: 'TEAM' | 'MEMBERS';
  organisationId: string | null;
  rankLevel: string;
  approvedBy: string;
  documentRef: string;
  approvedOn: string;
}

export const emptyRaise = (): RaiseForm => ({ pool: 'MEMBERS', organisationId: null, rankLevel: '', approvedBy: '', documentRef: '', approvedOn: '' });

/** The fields still missing (as the server would refuse them), by their locale key under quotaRaise. */
export function raiseProblems(form: RaiseForm): string[] {
  const missing: string[] = [];
  if (form.pool === 'MEMBERS' && !form.organisationId) missing.push('organisation');
  if (form.approvedBy.trim().length < 2) missing.push('approvedBy');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.approvedOn)) missing.push('approvedOn');
  if (form.documentRef.trim().length < 2) missing.push('documentRef');
  return missing;
}
