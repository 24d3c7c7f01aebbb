import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { act, openCycleFor, unanimous, writeSelfReport } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';
import { bigPdf, docx, EXE, HTML, JPEG, PDF, PNG, SVG } from '../support/attachment-files.js';

/**
 * Attachments over HTTP against the real app: files checked by
 * content against the allow-list, the size and count limits, who reads them
 * (as the owner record is read), who deletes them and until when, the audit
 * trail, the anonymous objector with the receipt's token, and folder storage.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
const at = (iso: string) => new Date(`${iso}+08:00`);
let cycleId: string;
let mine: string; // the demo cadre's assessment
let excellent: string; // an assessment put on public notice
let competent: string; // graded too, so that the pool's quota admits one EXCELLENT
const LIMITS = { maxBytes: 64 * 1024, maxPerOwner: 4, maxPerObjection: 2 };

interface Upload {
  status: number;
  body: { id?: string; name?: string; mediaType?: string; sha256?: string; errors?: Array<{ message: string; extensions: { code: string } }> };
}

async function upload(app: TestApp, kind: string, ownerId: string, name: string, bytes: Buffer, auth: { token?: string; objectionToken?: string } = {}): Promise<Upload> {
  app.clock.advance(1000);
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${app.url}/uploads/attachments?ownerKind=${kind}&ownerId=${ownerId}`, {
    method: 'POST',
    headers: {
      'x-requested-with': 'test',
      ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
      ...(auth.objectionToken ? { 'x-attachment-token': auth.objectionToken } : {}),
    },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Upload['body'] };
}

async function download(app: TestApp, id: string, token?: string | null, objectionToken?: string) {
  const res = await fetch(`${app.url}/attachments/${id}`, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(objectionToken ? { 'x-attachment-token': objectionToken } : {}) },
  });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

const SELF_REPORT_ATTACHMENTS = `query($id: ID!) { assessment(id: $id) { selfReport { attachments { id name size mediaType sha256 uploaderName url canDelete } } } }`;
async function selfReportAttachments(token: string) {
  const res = await t.gql<{ assessment: { selfReport: { attachments: Array<{ id: string; name: string; canDelete: boolean; uploaderName: string }> } } }>(SELF_REPORT_ATTACHMENTS, { id: mine }, { token });
  return res;
}
const DELETE = `mutation($input: DeleteAttachmentInput!) { deleteAttachment(input: $input) { id name } }`;
const auditOf = async (action: string) =>
  (await t.dataSource.query(`SELECT entity_id, actor_user_id, actor_role, payload FROM audit_log WHERE entity_type = 'attachment' AND action = $1 ORDER BY occurred_at`, [action])) as Array<{
    entity_id: string;
    actor_user_id: string | null;
    actor_role: string;
    payload: Record<string, unknown>;
  }>;

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365, attachments: { ...loadConfig({}).attachments, ...LIMITS } } });
  t.clock.set(at('2026-01-06T09:00:00'));
  for (const u of ['orgadmin', 'assessor', 'committee', 'cadre', 'hr', 'auditor', 'discipline', 'rater', 'orgadmin.hefeng']) tokens[u] = await t.signIn(u);
  cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
  const rows = (await t.dataSource.query(
    `SELECT a.id, u.username FROM assessment a JOIN cadre c ON c.id = a.cadre_id LEFT JOIN user_account u ON u.cadre_id = c.id
      WHERE a.cycle_id = $1 ORDER BY (u.username = 'cadre') DESC NULLS LAST, c.name LIMIT 3`,
    [cycleId],
  )) as Array<{ id: string; username: string | null }>;
  expect(rows[0]!.username).toBe('cadre');
  mine = rows[0]!.id;
  competent = rows[1]!.id;
  excellent = rows[2]!.id;
  await writeSelfReport(t, tokens.cadre!, mine);
});
afterAll(() => t?.close());

describe('uploading on the self-report: the kind is checked by content, the size and count are limited', () => {
  it.each([
    ['a Windows executable renamed to .pdf', 415, 'ATTACHMENT_TYPE_REFUSED', 'scan.pdf', EXE],
    ['an HTML page renamed to .pdf', 415, 'ATTACHMENT_TYPE_REFUSED', 'report.pdf', HTML],
    ['an HTML page', 415, 'ATTACHMENT_TYPE_REFUSED', 'report.html', HTML],
    ['an SVG image (it can carry script)', 415, 'ATTACHMENT_TYPE_REFUSED', 'chart.svg', SVG],
    ['a PNG named .jpg', 415, 'ATTACHMENT_TYPE_REFUSED', 'photo.jpg', PNG],
    ['a PDF without an extension', 415, 'ATTACHMENT_TYPE_REFUSED', 'report', PDF],
    ['a PDF above the 64 KB limit', 413, 'ATTACHMENT_TOO_LARGE', 'big.pdf', bigPdf(100 * 1024)],
    ['a PDF far above the limit (refused by its length, before it is read)', 413, 'ATTACHMENT_TOO_LARGE', 'huge.pdf', bigPdf(1024 * 1024)],
    ['an empty file', 400, 'VALIDATION', 'empty.pdf', Buffer.alloc(0)],
  ] as const)('%s is refused with %i %s', async (_what, status, code, name, bytes) => {
    const res = await upload(t, 'SELF_REPORT', mine, name, bytes, { token: tokens.cadre });
    expect(res.status).toBe(status);
    expect(res.body.errors![0]!.extensions.code).toBe(code);
  });

  it.each([
    ['述职报告附件.pdf', () => PDF, 'application/pdf'],
    ['现场照片.png', () => PNG, 'image/png'],
    ['photo.JPG', () => JPEG, 'image/jpeg'],
    ['情况说明.docx', () => docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ])('%s is kept as %s, with its SHA-256', async (name, bytes, mediaType) => {
    const content = await bytes();
    const res = await upload(t, 'SELF_REPORT', mine, name, content, { token: tokens.cadre });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name, mediaType, sha256: createHash('sha256').update(content).digest('hex') });
  });

  it('refuses a fifth file with ATTACHMENT_LIMIT (409), naming the limit', async () => {
    const res = await upload(t, 'SELF_REPORT', mine, 'more.pdf', PDF, { token: tokens.cadre });
    expect(res.status).toBe(409);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'ATTACHMENT_LIMIT', max: 4 });
  });

  it.each([
    ['the assessment team', 'assessor', 403, 'FORBIDDEN'],
    ['a city administrator elsewhere', 'orgadmin.hefeng', 404, 'NOT_FOUND'],
    ['nobody signed in', null, 401, 'UNAUTHENTICATED'],
  ])('refuses an upload by %s (%i %s): only the assessed adds to their self-report', async (_who, user, status, code) => {
    const res = await upload(t, 'SELF_REPORT', mine, 'x.pdf', PDF, user ? { token: tokens[user] } : {});
    expect(res.status).toBe(status);
    expect(res.body.errors![0]!.extensions.code).toBe(code);
  });

  it('refuses a cross-site form post (no X-Requested-With) with 400', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PDF)]), 'x.pdf');
    const res = await fetch(`${t.url}/uploads/attachments?ownerKind=SELF_REPORT&ownerId=${mine}`, { method: 'POST', headers: { authorization: `Bearer ${tokens.cadre}` }, body: form });
    expect(res.status).toBe(400);
  });
});

describe('reading the self-report’s attachments: whoever reads the assessment', () => {
  it.each([
    ['cadre', 4, 200],
    ['assessor', 4, 200],
    ['committee', 4, 200],
    ['auditor', 4, 200],
    ['hr', 4, 200],
    ['orgadmin', 4, 200],
    ['orgadmin.hefeng', null, 404],
    ['rater', null, 404],
  ])('%s sees %s attachments and downloads with %i', async (user, count, status) => {
    const listed = await selfReportAttachments(tokens.cadre!);
    const first = listed.data!.assessment.selfReport.attachments[0]!;
    const res = await selfReportAttachments(tokens[user]!);
    if (count === null) expect(codeOf(res)).toMatch(/NOT_FOUND|FORBIDDEN/);
    else expect(res.data!.assessment.selfReport.attachments).toHaveLength(count);
    expect((await download(t, first.id, tokens[user])).status).toBe(status);
  });

  it('sends the file as a download with its Chinese name (RFC 5987), never sniffed', async () => {
    const [first] = (await selfReportAttachments(tokens.assessor!)).data!.assessment.selfReport.attachments;
    const res = await download(t, first!.id, tokens.assessor);
    expect(res.body.equals(PDF)).toBe(true);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="??????.pdf"; filename*=UTF-8''${encodeURIComponent('述职报告附件.pdf')}`);
    expect(first).toMatchObject({ uploaderName: expect.any(String), url: `/attachments/${first!.id}`, canDelete: false });
  });

  it('an unknown or malformed id is 404', async () => {
    expect((await download(t, '00000000-0000-4000-8000-000000000000', tokens.orgadmin)).status).toBe(404);
    expect((await download(t, 'not-an-id', tokens.orgadmin)).status).toBe(404);
  });
});

describe('deleting: only the uploader, only while the self-report is a draft', () => {
  it('refuses the assessment team (FORBIDDEN) and lets the cadre delete their own', async () => {
    const [first, second] = (await selfReportAttachments(tokens.cadre!)).data!.assessment.selfReport.attachments;
    expect(first!.canDelete).toBe(true);
    expect(codeOf(await t.gql(DELETE, { input: { attachmentId: second!.id } }, { token: tokens.assessor }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(DELETE, { input: { attachmentId: second!.id } }, { token: tokens['orgadmin.hefeng'] }))).toBe('NOT_FOUND');
    const deleted = await t.gql<{ deleteAttachment: { name: string } }>(DELETE, { input: { attachmentId: second!.id } }, { token: tokens.cadre });
    expect(deleted.data?.deleteAttachment.name).toBe('现场照片.png');
    expect((await selfReportAttachments(tokens.cadre!)).data!.assessment.selfReport.attachments.map((a) => a.name)).toEqual(['述职报告附件.pdf', 'photo.JPG', '情况说明.docx']);
  });

  it('after submission: neither delete nor upload, refused in words', async () => {
    await act(t, tokens.cadre!, 'submitSelfReport', { assessmentId: mine });
    const [first] = (await selfReportAttachments(tokens.cadre!)).data!.assessment.selfReport.attachments;
    expect(first!.canDelete).toBe(false);
    const refused = await t.gql(DELETE, { input: { attachmentId: first!.id } }, { token: tokens.cadre });
    expect(codeOf(refused)).toBe('INVALID_TRANSITION');
    expect(refused.errors![0]!.message).toMatch(/self-report has been submitted/);
    const late = await upload(t, 'SELF_REPORT', mine, 'late.pdf', PDF, { token: tokens.cadre });
    expect(late.status).toBe(409);
    expect(late.body.errors![0]!.extensions.code).toBe('INVALID_TRANSITION');
  });
});

describe('the audit trail', () => {
  it('holds every upload and delete, and downloads by others than the uploader only', async () => {
    const [{ id: cadreId }] = (await t.dataSource.query(`SELECT id FROM user_account WHERE username = 'cadre'`)) as [{ id: string }];
    const uploads = await auditOf('ATTACHMENT_UPLOADED');
    expect(uploads).toHaveLength(4);
    expect(uploads[0]).toMatchObject({ actor_user_id: cadreId, actor_role: 'SUBJECT', payload: { ownerKind: 'SELF_REPORT', ownerId: mine, fileName: '述职报告附件.pdf', bytes: PDF.length } });
    const deletes = await auditOf('ATTACHMENT_DELETED');
    expect(deletes.map((d) => d.payload.fileName)).toEqual(['现场照片.png']);
    const downloads = await auditOf('ATTACHMENT_DOWNLOADED');
    expect(downloads.length).toBeGreaterThan(0);
    expect(downloads.some((d) => d.actor_user_id === cadreId)).toBe(false);
    expect(downloads.map((d) => d.actor_role)).toContain('ASSESSOR');
  });
});

describe('the grounds of a review: the applicant adds them until the decision; case readers read them', () => {
  let caseId: string;
  let attachmentId: string;
  beforeAll(async () => {
    await advanceAssessments(t, cycleId, [competent, excellent], ['SUBMIT_SELF_REPORT']);
    await advanceAssessments(t, cycleId, [mine, competent, excellent], ['ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
    t.clock.set(at('2026-03-02T10:00:00'));
    await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: mine, grade: 'INCOMPETENT', comment: '综合研判提出等次建议。' });
    await act(t, tokens.committee!, 'approveGrade', { assessmentId: mine, collective: unanimous });
    await act(t, tokens.orgadmin!, 'issueWrittenNotice', { assessmentId: mine });
    const opened = await t.gql<{ requestReview: { id: string } }>(
      `mutation($input: RequestReviewInput!) { requestReview(input: $input) { id } }`,
      { input: { assessmentId: mine, route: 'REVIEW', grounds: '本人认为考核结果与实际工作情况不符，附相关材料。' } },
      { token: tokens.cadre },
    );
    if (opened.errors) throw new Error(JSON.stringify(opened.errors));
    caseId = opened.data!.requestReview.id;
  });

  it('the cadre uploads; the committee may not', async () => {
    const res = await upload(t, 'REVIEW_CASE', caseId, '申请复核材料.pdf', PDF, { token: tokens.cadre });
    expect(res.status).toBe(201);
    attachmentId = res.body.id!;
    expect((await upload(t, 'REVIEW_CASE', caseId, 'x.pdf', PDF, { token: tokens.committee })).status).toBe(403);
  });

  it.each([
    ['cadre', 1, 200],
    ['committee', 1, 200],
    ['discipline', 1, 200],
    ['auditor', 1, 200],
    ['assessor', 0, 404],
  ])('%s lists %i and downloads with %i', async (user, count, status) => {
    const res = await t.gql<{ reviewCase: { attachments: unknown[] } }>(`query($id: ID!) { reviewCase(id: $id) { attachments { id } } }`, { id: caseId }, { token: tokens[user] });
    if (count === 0) expect(codeOf(res)).toMatch(/NOT_FOUND|FORBIDDEN/);
    else expect(res.data!.reviewCase.attachments).toHaveLength(count);
    expect((await download(t, attachmentId, tokens[user])).status).toBe(status);
  });
});

describe('an objection: the objector has no account and attaches with the receipt’s token', () => {
  let objectionId: string;
  let objectionToken: string;
  let attachmentId: string;
  beforeAll(async () => {
    await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: competent, grade: 'COMPETENT', comment: '综合分析研判考核情况，提出等次建议。' });
    await act(t, tokens.committee!, 'approveGrade', { assessmentId: competent, collective: unanimous });
    await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: excellent, grade: 'EXCELLENT', comment: '综合分析研判考核情况，提出等次建议。' });
    await act(t, tokens.committee!, 'approveGrade', { assessmentId: excellent, collective: unanimous });
    const notice = await t.gql(`mutation($input: OpenNoticeInput!) { openPublicNotice(input: $input) { id } }`, { input: { assessmentIds: [excellent], startsOn: '2026-03-03' } }, { token: tokens.orgadmin });
    if (notice.errors) throw new Error(JSON.stringify(notice.errors));
    t.clock.set(at('2026-03-03T10:00:00'));
    const lodged = await t.gql<{ lodgeObjection: { objectionId: string; attachmentToken: string } }>(
      `mutation($input: LodgeObjectionInput!) { lodgeObjection(input: $input) { assessmentId receivedAt objectionId attachmentToken } }`,
      { input: { assessmentId: excellent, content: '反映该同志年度重点项目进度滞后，附照片。' } },
    );
    if (lodged.errors) throw new Error(JSON.stringify(lodged.errors));
    ({ objectionId, attachmentToken: objectionToken } = lodged.data!.lodgeObjection);
  });

  it.each([
    ['no token', undefined, 401, 'UNAUTHENTICATED'],
    ['a wrong token', 'not-the-token-of-this-objection', 404, 'NOT_FOUND'],
  ])('with %s the upload is refused (%i %s)', async (_what, objectionTokenGiven, status, code) => {
    const res = await upload(t, 'OBJECTION', objectionId, '照片.png', PNG, { objectionToken: objectionTokenGiven });
    expect(res.status).toBe(status);
    expect(res.body.errors![0]!.extensions.code).toBe(code);
  });

  it('with the token: two files, then ATTACHMENT_LIMIT', async () => {
    const first = await upload(t, 'OBJECTION', objectionId, '照片.png', PNG, { objectionToken });
    expect(first.status).toBe(201);
    attachmentId = first.body.id!;
    expect((await upload(t, 'OBJECTION', objectionId, '照片2.jpg', JPEG, { objectionToken })).status).toBe(201);
    const third = await upload(t, 'OBJECTION', objectionId, '照片3.jpg', JPEG, { objectionToken });
    expect(third.status).toBe(409);
    expect(third.body.errors![0]!.extensions).toMatchObject({ code: 'ATTACHMENT_LIMIT', max: 2 });
    const [audit] = (await auditOf('ATTACHMENT_UPLOADED')).filter((a) => a.payload.ownerKind === 'OBJECTION');
    expect(audit).toMatchObject({ actor_user_id: null, actor_role: 'PUBLIC' });
  });

  it.each([
    ['orgadmin', 2, 200],
    ['auditor', 2, 200],
    ['assessor', 0, 404],
    ['committee', 0, 404],
  ])('%s sees %i of them and downloads with %i', async (user, count, status) => {
    const res = await t.gql<{ assessment: { objections: Array<{ attachments: unknown[] }> } }>(`query($id: ID!) { assessment(id: $id) { objections { attachments { id } } } }`, { id: excellent }, { token: tokens[user] });
    expect(res.data!.assessment.objections[0]!.attachments).toHaveLength(count);
    expect((await download(t, attachmentId, tokens[user])).status).toBe(status);
  });

  it('the objector downloads with the token; nobody without it', async () => {
    expect((await download(t, attachmentId, null, objectionToken)).status).toBe(200);
    expect((await download(t, attachmentId, null)).status).toBe(401);
  });

  it('once the objection is investigated, nothing more is added', async () => {
    await act(t, tokens.orgadmin!, 'investigateObjection', { objectionId, finding: '已受理，正在核查。' });
    const res = await upload(t, 'OBJECTION', objectionId, '补充.pdf', PDF, { objectionToken });
    expect(res.status).toBe(409);
  });

  it('anonymous uploads are rate limited per address (429 with Retry-After)', async () => {
    const limited = await startTestApp({ seed: false, config: { attachments: { ...loadConfig({}).attachments, publicRate: { points: 1, durationSeconds: 600 } } } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 2; i++) codes.push((await upload(limited, 'OBJECTION', '00000000-0000-4000-8000-000000000000', 'a.pdf', PDF, { objectionToken: 'x' })).status);
      expect(codes).toEqual([404, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('folder storage (ATTACHMENTS_DIR)', () => {
  it('keeps the bytes in the folder under their SHA-256, serves them, and removes the file with the last attachment', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attachments-'));
    const app = await startTestApp({ config: { attachments: { ...loadConfig({}).attachments, dir } } });
    try {
      app.clock.set(at('2026-01-06T09:00:00'));
      const admin = await app.signIn('orgadmin');
      const cadre = await app.signIn('cadre');
      const cycle = await openCycleFor(app, admin, 'QH-TN-DJ');
      const [{ id }] = (await app.dataSource.query(`SELECT a.id FROM assessment a JOIN user_account u ON u.cadre_id = a.cadre_id WHERE u.username = 'cadre' AND a.cycle_id = $1`, [cycle])) as [{ id: string }];
      const content = await docx('文件夹存储');
      const sha = createHash('sha256').update(content).digest('hex');
      const res = await upload(app, 'SELF_REPORT', id, '说明.docx', content, { token: cadre });
      expect(res.status).toBe(201);
      expect(fs.readFileSync(path.join(dir, sha)).equals(content)).toBe(true);
      const [row] = (await app.dataSource.query(`SELECT storage, content FROM attachment WHERE id = $1`, [res.body.id])) as [{ storage: string; content: Buffer | null }];
      expect(row).toEqual({ storage: 'FOLDER', content: null });
      const got = await download(app, res.body.id!, admin);
      expect(got.body.equals(content)).toBe(true);
      const deleted = await app.gql(DELETE, { input: { attachmentId: res.body.id } }, { token: cadre });
      expect(deleted.errors).toBeUndefined();
      expect(fs.existsSync(path.join(dir, sha))).toBe(false);

      // A delete racing an upload of the same bytes never takes the file from the attachment that stays.
      let kept = (await upload(app, 'SELF_REPORT', id, '说明.docx', content, { token: cadre })).body.id!;
      for (let round = 0; round < 8; round++) {
        const [gone, added] = await Promise.all([
          app.gql(DELETE, { input: { attachmentId: kept } }, { token: cadre }),
          upload(app, 'SELF_REPORT', id, `说明${round}.docx`, content, { token: cadre }),
        ]);
        expect(gone.errors).toBeUndefined();
        expect(added.status).toBe(201);
        kept = added.body.id!;
        expect(fs.existsSync(path.join(dir, sha))).toBe(true);
        expect((await download(app, kept, admin)).body.equals(content)).toBe(true);
      }
    } finally {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the documents of a corroborating finding', () => {
  const RECORD = `mutation($input: FindingInput!) { recordFinding(input: $input) { id } }`;
  const FINDINGS = `query($id: ID!) { assessment(id: $id) { corroboratingFindings { id attachments { id name canDelete } } } }`;
  let findingId: string;

  beforeAll(async () => {
    const res = await t.gql<{ recordFinding: { id: string } }>(
      RECORD,
      { input: { assessmentId: competent, source: 'SUPERVISION', findingType: 'NOTED', documentRef: '泰督〔2025〕7号', foundOn: '2025-11-20', summary: '督查情况通报' } },
      { token: tokens.discipline },
    );
    expect(res.errors).toBeUndefined();
    findingId = res.data!.recordFinding.id;
  });

  it.each([
    ['discipline (records findings)', 'discipline', 201, null],
    ['the assessment team (records findings)', 'assessor', 201, null],
    ['the committee (reads, does not record)', 'committee', 403, 'FORBIDDEN'],
    ['hr (reads, does not record)', 'hr', 403, 'FORBIDDEN'],
    ['a rater (reads no assessment)', 'rater', 404, 'NOT_FOUND'],
    ['the cadre (not theirs)', 'cadre', 404, 'NOT_FOUND'],
    ['another county’s organisation department', 'orgadmin.hefeng', 404, 'NOT_FOUND'],
  ] as const)('%s, signed in as %s, uploading: %i %s', async (_who, user, status, code) => {
    const res = await upload(t, 'FINDING', findingId, `督查通报-${user}.pdf`, PDF, { token: tokens[user] });
    expect(res.status).toBe(status);
    if (code) expect(res.body.errors![0]!.extensions.code).toBe(code);
  });

  it('readers of the assessment see them, others see none; the uploader may delete while open', async () => {
    const list = async (user: string) =>
      (await t.gql<{ assessment: { corroboratingFindings: Array<{ id: string; attachments: Array<{ name: string; canDelete: boolean }> }> } | null }>(FINDINGS, { id: competent }, { token: tokens[user] }))
        .data?.assessment?.corroboratingFindings.find((f) => f.id === findingId)?.attachments ?? [];
    expect((await list('committee')).map((a) => [a.name, a.canDelete])).toEqual([
      ['督查通报-discipline.pdf', false],
      ['督查通报-assessor.pdf', false],
    ]);
    expect((await list('discipline')).map((a) => a.canDelete)).toEqual([true, false]);
    expect(await list('orgadmin.hefeng')).toEqual([]);
    const [row] = (await t.dataSource.query(`SELECT id FROM attachment WHERE owner_kind = 'FINDING' AND owner_id = $1 ORDER BY seq LIMIT 1`, [findingId])) as [{ id: string }];
    expect((await download(t, row.id, tokens.committee)).status).toBe(200);
    expect((await download(t, row.id, tokens.rater)).status).toBe(404);
    expect((await download(t, row.id, tokens['orgadmin.hefeng'])).status).toBe(404);
  });

  it('a filed assessment’s findings take no more documents, and theirs can no longer be deleted', async () => {
    const [row] = (await t.dataSource.query(`SELECT id FROM attachment WHERE owner_kind = 'FINDING' AND owner_id = $1 ORDER BY seq LIMIT 1`, [findingId])) as [{ id: string }];
    const [{ state }] = (await t.dataSource.query(`SELECT state FROM assessment WHERE id = $1`, [competent])) as [{ state: string }];
    await t.dataSource.query(`UPDATE assessment SET state = 'filed' WHERE id = $1`, [competent]);
    try {
      const res = await upload(t, 'FINDING', findingId, '补充材料.pdf', PDF, { token: tokens.discipline });
      expect(res.status).toBe(409);
      expect(res.body.errors![0]!.extensions.code).toBe('INVALID_TRANSITION');
      const gone = await t.gql(DELETE, { input: { attachmentId: row.id } }, { token: tokens.discipline });
      expect(codeOf(gone)).toBe('INVALID_TRANSITION');
    } finally {
      await t.dataSource.query(`UPDATE assessment SET state = $2 WHERE id = $1`, [competent, state]);
    }
  });
});
