import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import * as mupdf from 'mupdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { act, openCycleFor, unanimous, writeSelfReport } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Official documents: each PDF generated for real data through
 * /exports/documents, rendered to PNG with MuPDF (test-results/screenshots/
 * documents/) and read back as text: the issuing organ, the 发文字号, the
 * Chinese date of the Beijing day, the grade, and a review offered only for a
 * grade that may be reviewed. The archive's manifest hashes match its files.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
const at = (iso: string) => new Date(`${iso}+08:00`);
const SHOTS = 'test-results/screenshots/documents';
let cycleId: string;
const people: Record<'cadre' | 'competent' | 'excellent', { assessmentId: string; cadreId: string; name: string }> = {} as never;

async function get(path: string, token: string | null) {
  const res = await fetch(`${t.url}/exports/documents${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type') ?? '', body, json: () => JSON.parse(body.toString('utf8')) as { errors: Array<{ extensions: { code: string } }> } };
}

/** Every page's text, and each page rendered to a PNG named after `name`. */
function read(pdf: Buffer, name: string): { text: string; pages: number } {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
  mkdirSync(SHOTS, { recursive: true });
  const texts: string[] = [];
  for (let i = 0; i < doc.countPages(); i++) {
    const page = doc.loadPage(i);
    texts.push(page.toStructuredText('preserve-whitespace').asText());
    const png = page.toPixmap(mupdf.Matrix.scale(1.2, 1.2), mupdf.ColorSpace.DeviceRGB, false, true).asPNG();
    writeFileSync(`${SHOTS}/${name}-${i + 1}.png`, png);
  }
  return { text: texts.join('\n'), pages: doc.countPages() };
}
const flat = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  rmSync(SHOTS, { recursive: true, force: true });
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(at('2026-01-06T09:00:00'));
  for (const u of ['orgadmin', 'assessor', 'committee', 'cadre', 'hr', 'orgadmin.hefeng']) tokens[u] = await t.signIn(u);
  cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
  const rows = (await t.dataSource.query(
    `SELECT a.id, c.id AS cadre_id, c.name, u.username FROM assessment a JOIN cadre c ON c.id = a.cadre_id LEFT JOIN user_account u ON u.cadre_id = c.id
      WHERE a.cycle_id = $1 ORDER BY (u.username = 'cadre') DESC NULLS LAST, c.name LIMIT 3`,
    [cycleId],
  )) as Array<{ id: string; cadre_id: string; name: string; username: string | null }>;
  (['cadre', 'competent', 'excellent'] as const).forEach((k, i) => (people[k] = { assessmentId: rows[i]!.id, cadreId: rows[i]!.cadre_id, name: rows[i]!.name }));
  expect(rows[0]!.username).toBe('cadre');
  // The cadre writes and submits a self-report (the registration form prints its summary).
  await writeSelfReport(t, tokens.cadre!, people.cadre.assessmentId);
  await act(t, tokens.cadre!, 'submitSelfReport', { assessmentId: people.cadre.assessmentId });
  await advanceAssessments(t, cycleId, [people.competent.assessmentId, people.excellent.assessmentId], ['SUBMIT_SELF_REPORT']);
  const all = Object.values(people).map((p) => p.assessmentId);
  await advanceAssessments(t, cycleId, all, ['ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
  t.clock.set(at('2026-03-02T10:00:00'));
  const grades = { cadre: 'INCOMPETENT', competent: 'COMPETENT', excellent: 'EXCELLENT' } as const;
  for (const k of ['cadre', 'competent', 'excellent'] as const) {
    await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: people[k].assessmentId, grade: grades[k], comment: '综合分析研判考核情况，提出等次建议。' });
    await act(t, tokens.committee!, 'approveGrade', { assessmentId: people[k].assessmentId, collective: unanimous });
  }
  const opened = await t.gql(`mutation($input: OpenNoticeInput!) { openPublicNotice(input: $input) { id } }`, { input: { assessmentIds: [people.excellent.assessmentId], startsOn: '2026-03-03' } }, { token: tokens.orgadmin });
  if (opened.errors) throw new Error(JSON.stringify(opened.errors));
  // Issued at 00:30 Beijing on 3 March: still 2 March in UTC; the letter is dated by the Beijing day.
  t.clock.set(at('2026-03-03T00:30:00'));
  for (const k of ['cadre', 'competent'] as const) await act(t, tokens.orgadmin!, 'issueWrittenNotice', { assessmentId: people[k].assessmentId });
});
afterAll(() => t?.close());

describe('the written notice (书面通知) with its receipt', () => {
  it.each([
    ['cadre', 'INCOMPETENT', '不称职', true],
    ['competent', 'COMPETENT', '称职', false],
  ] as const)('%s (%s): the grade reads %s; a review offered: %s', async (who, _grade, words, review) => {
    const res = await get(`/assessments/${people[who].assessmentId}/written-notice.pdf`, tokens.orgadmin!);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    const { text } = read(res.body, `written-notice-${who}`);
    const s = flat(text);
    expect(s).toContain('中共东江区委员会组织部文件');
    expect(s).toMatch(/东组考〔2026〕\d+号/);
    expect(s).toContain(`${people[who].name}同志：`);
    expect(s).toContain(`“${words}”等次`);
    expect(s).toContain('二〇二六年三月三日');
    expect(s).not.toContain('二〇二六年三月二日');
    expect(s).toContain('回执');
    expect(s.includes('申请复核')).toBe(review);
    expect(s).toContain('—1—');
  });

  it('keeps its number when printed again, and the numbers run on per organ and year', async () => {
    const first = flat(read((await get(`/assessments/${people.cadre.assessmentId}/written-notice.pdf`, tokens.orgadmin!)).body, 'again').text);
    const again = flat(read((await get(`/assessments/${people.cadre.assessmentId}/written-notice.pdf`, tokens.cadre!)).body, 'again').text);
    const other = flat(read((await get(`/assessments/${people.competent.assessmentId}/written-notice.pdf`, tokens.orgadmin!)).body, 'again').text);
    const numberOf = (s: string) => /东组考〔2026〕(\d+)号/.exec(s)![1];
    expect(numberOf(again)).toBe(numberOf(first));
    expect(new Set([numberOf(first), numberOf(other)])).toEqual(new Set(['1', '2']));
  });

  it.each([
    ['another city’s organisation department', 'orgadmin.hefeng', 403, 'FORBIDDEN'],
    ['nobody signed in', null, 401, 'UNAUTHENTICATED'],
  ])('is refused to %s', async (_who, user, status, code) => {
    const res = await get(`/assessments/${people.cadre.assessmentId}/written-notice.pdf`, user ? tokens[user]! : null);
    expect(res.status).toBe(status);
    expect(res.json().errors[0]!.extensions.code).toBe(code);
  });

  it('is refused before the written notice (NOT_ELIGIBLE)', async () => {
    const res = await get(`/assessments/${people.excellent.assessmentId}/written-notice.pdf`, tokens.orgadmin!);
    expect(res.status).toBe(409);
    expect(res.json().errors[0]!.extensions.code).toBe('NOT_ELIGIBLE');
  });

  it('is in the audit trail as DOCUMENT_ISSUED with its SHA-256', async () => {
    const res = await get(`/assessments/${people.competent.assessmentId}/written-notice.pdf`, tokens.orgadmin!);
    const rows = (await t.dataSource.query(`SELECT payload, actor_role FROM audit_log WHERE entity_type = 'official_document' AND entity_id = $1 AND action = 'DOCUMENT_ISSUED' ORDER BY seq DESC LIMIT 1`, [
      people.competent.assessmentId,
    ])) as Array<{ payload: { sha256: string; document: string }; actor_role: string }>;
    expect(rows[0]).toMatchObject({ actor_role: 'ORG_ADMIN', payload: { document: 'WRITTEN_NOTICE', sha256: createHash('sha256').update(res.body).digest('hex') } });
  });
});

describe('the public notice (公示) of the EXCELLENT candidates', () => {
  it('names the candidate, the notice period in Chinese and the organ, numbered', async () => {
    const res = await get(`/cycles/${cycleId}/public-notice.pdf`, tokens.orgadmin!);
    expect(res.status).toBe(200);
    const s = flat(read(res.body, 'public-notice').text);
    expect(s).toContain('中共东江区委员会组织部文件');
    expect(s).toMatch(/东组考〔2026〕\d+号/);
    expect(s).toContain('优秀等次人选的公示');
    expect(s).toContain(people.excellent.name);
    expect(s).not.toContain(people.competent.name);
    expect(s).toContain('二〇二六年三月三日至');
  });
});

describe('Organisation.issuingOrgan', () => {
  it.each([
    ['QH-TN-DJ', '中共东江区委员会组织部'],
    ['QH', '中共青禾省委员会组织部'],
  ])('of %s is %s', async (code, organ) => {
    const [{ id }] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = $1`, [code])) as [{ id: string }];
    const res = await t.gql<{ organisation: { issuingOrgan: string } }>(`query($id: ID!) { organisation(id: $id) { issuingOrgan } }`, { id }, { token: tokens.orgadmin });
    expect(res.errors).toBeUndefined();
    expect(res.data!.organisation.issuingOrgan).toBe(organ);
  });
});

describe('the annual assessment registration form (年度考核登记表)', () => {
  it('prints the person, the self-summary, the team’s opinion and the grade in a ruled table', async () => {
    const res = await get(`/assessments/${people.cadre.assessmentId}/registration-form.pdf`, tokens.cadre!);
    expect(res.status).toBe(200);
    const s = flat(read(res.body, 'registration-form').text);
    expect(s).toContain('2025年度考核登记表');
    expect(s).toContain(people.cadre.name);
    expect(s).toContain('推进重点项目十二项');
    expect(s).toContain('主管领导评语');
    expect(s).toContain('“不称职”等次');
    expect(s).toContain('二〇二六年三月二日');
  });
});

describe('the archive export (归档)', () => {
  it.each([
    ['a cadre', () => `/cadres/${people.cadre.cadreId}/archive.zip?year=2025`, 2],
    ['the unit', () => `/organisations/${'{unit}'}/archive.zip?year=2025`, 5],
  ])('of %s holds the PDFs and a manifest whose hashes match them', async (_what, pathOf, files) => {
    const [{ id: unit }] = (await t.dataSource.query(`SELECT organisation_id AS id FROM assessment WHERE id = $1`, [people.cadre.assessmentId])) as [{ id: string }];
    const res = await get(pathOf().replace('{unit}', unit), tokens.orgadmin!);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.body);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { files: Array<{ name: string; sha256: string }>; generatedBy: { username: string } };
    expect(manifest.generatedBy.username).toBe('orgadmin');
    expect(manifest.files.length).toBeGreaterThanOrEqual(files === 2 ? 2 : 3);
    for (const f of manifest.files) {
      const bytes = await zip.file(f.name)!.async('nodebuffer');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
    }
    const [row] = (await t.dataSource.query(`SELECT payload FROM audit_log WHERE entity_type = 'official_document' AND action = 'ARCHIVE_EXPORTED' ORDER BY occurred_at DESC, id DESC LIMIT 1`)) as Array<{ payload: { sha256: string } }>;
    expect(row!.payload.sha256).toBe(createHash('sha256').update(res.body).digest('hex'));
  });

  it.each([
    ['no year', `?year=`, 400, 'VALIDATION'],
    ['a year with nothing decided', `?year=2019`, 404, 'NOT_FOUND'],
  ])('refuses %s', async (_what, query, status, code) => {
    const res = await get(`/cadres/${people.cadre.cadreId}/archive.zip${query}`, tokens.orgadmin!);
    expect(res.status).toBe(status);
    expect(res.json().errors[0]!.extensions.code).toBe(code);
  });
});

