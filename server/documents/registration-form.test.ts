import { mkdirSync, writeFileSync } from 'node:fs';
import * as mupdf from 'mupdf';
import { describe, expect, it } from 'vitest';
import { loadDocumentFont } from './font.js';
import { registrationFormPdf, type RegistrationFormData } from './registration-form.js';

const SHOTS = 'test-results/screenshots/documents';

function pages(pdf: Buffer, name: string): string[] {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
  mkdirSync(SHOTS, { recursive: true });
  const out: string[] = [];
  for (let i = 0; i < doc.countPages(); i++) {
    const page = doc.loadPage(i);
    out.push(page.toStructuredText('preserve-whitespace').asText().replace(/\s+/g, ''));
    writeFileSync(`${SHOTS}/${name}-${i + 1}.png`, page.toPixmap(mupdf.Matrix.scale(1.2, 1.2), mupdf.ColorSpace.DeviceRGB, false, true).asPNG());
  }
  return out;
}

const base: RegistrationFormData = {
  year: 2026,
  name: '苏明远',
  gender: '男',
  birth: '1979.08',
  unit: '泰宁市发展和改革委员会',
  post: '党组书记、主任',
  selfSummary: '',
  teamOpinion: '建议评定为“称职”等次。',
  grade: '称职',
  decidedOn: '二〇二七年二月三日',
  decidedAt: new Date('2027-02-03T04:00:00Z'),
  organ: '中共泰宁市委员会组织部',
  signature: { opinion: '本人无异议。', date: '二〇二七年二月五日' },
};

describe('the registration form', () => {
  it.each([
    ['a short summary', 40, 1],
    ['a summary longer than a page', 2600, 2],
  ])('with %s (%i characters) keeps every character, on at least %i page(s)', async (_what, length, atLeast) => {
    const sentence = '坚持以高质量发展为主线，统筹推进重点项目建设和营商环境改善。';
    const summary = sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length - 3) + '完。';
    const text = pages(await registrationFormPdf(loadDocumentFont({ path: '', family: '' }), { ...base, selfSummary: summary }), `registration-form-${length}`);
    expect(text.length).toBeGreaterThanOrEqual(atLeast);
    const all = text.join('');
    // The summary's characters all appear, in order, across the pages (the table's labels between pages aside).
    const printed = all.replace(/个人总结（续）/g, '');
    expect(printed).toContain(summary.slice(0, 60));
    expect(printed).toContain('完。');
    expect(all).toContain('本人签名：苏明远');
    expect(all).toContain('二〇二七年二月五日');
    if (atLeast > 1) expect(all).toContain('个人总结（续）');
  });
});
