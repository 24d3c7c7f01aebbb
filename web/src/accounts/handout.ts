import { shallowRef } from 'vue';

/** One person's one-time password slip. */
export interface Slip {
  displayName: string;
  organisationName: string;
  personNo: string | null;
  username: string;
  oneTimePassword: string;
}

export interface Handout {
  slips: Slip[];
  /** Where to sign in: the server's SIGN_IN_URL, else this web app's own address. */
  signInUrl: string;
  /** The password policy the new password must meet, for the instructions. */
  policy: { minLength: number; minClasses: number };
}

/**
 * The one-time passwords just handed out, held in this tab's memory only —
 * never in storage, never sent back to the server — until the administrator
 * clears them or leaves the tab. The print view and the Excel sheet read them.
 */
export const currentHandout = shallowRef<Handout | null>(null);

export function setHandout(slips: Slip[], signInUrl: string, policy: Handout['policy']): Handout {
  currentHandout.value = { slips, signInUrl: signInUrl || `${window.location.origin}/`, policy };
  return currentHandout.value;
}

/** What the person does with the slip, with the policy's figures. */
export const instructions = (handout: Handout, t: Translate) => t('accounts.slips.instructions', { n: handout.policy.minLength, classes: handout.policy.minClasses });

export function clearHandout(): void {
  currentHandout.value = null;
}

export type Translate = (key: string, named?: Record<string, unknown>) => string;

/** The workbook's rows: a header, then one row per slip (pure, for tests). */
export function sheetRows(handout: Handout, t: Translate): string[][] {
  const header = ['name', 'organisation', 'personNo', 'username', 'password', 'signInUrl'].map((k) => t(`accounts.sheet.${k}`));
  return [header, ...handout.slips.map((s) => [s.displayName, s.organisationName, s.personNo ?? '', s.username, s.oneTimePassword, handout.signInUrl])];
}

/** The slips as an Excel workbook (exceljs, loaded on demand), downloaded by the browser. */
export async function downloadWorkbook(handout: Handout, t: Translate, fileName: string): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('accounts.sheet.title'));
  const rows = sheetRows(handout, t);
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = Math.max(12, ...rows.map((r) => (r[i] ?? '').length * 1.6));
  });
  sheet.addRow([]);
  sheet.addRow([instructions(handout, t)]);
  const buffer = await workbook.xlsx.writeBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
