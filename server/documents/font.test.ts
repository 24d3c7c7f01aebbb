import { describe, expect, it } from 'vitest';
import { AppError } from '../common/errors.js';
import { DEFAULT_FONT_PATHS, loadDocumentFont } from './font.js';
import { OfficialPdf } from './official-pdf.js';

describe('the document font', () => {
  it('is DOCUMENT_FONT_MISSING, naming the path, when DOCUMENT_FONT points nowhere', () => {
    const error = (() => {
      try {
        loadDocumentFont({ path: '/nonexistent/fonts/missing-cjk.ttf', family: '' });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'DOCUMENT_FONT_MISSING', details: { paths: ['/nonexistent/fonts/missing-cjk.ttf'] } });
  });

  it('is DOCUMENT_FONT_MISSING when a collection holds no font of the configured name', () => {
    const font = loadDocumentFont({ path: DEFAULT_FONT_PATHS[0]!, family: 'NoSuchFont-Regular' });
    expect(() => new OfficialPdf(font, { title: 't', author: 'a', subject: 's', createdAt: new Date('2026-03-03T04:00:00Z') })).toThrow(expect.objectContaining({ code: 'DOCUMENT_FONT_MISSING' }));
  });

  it('embeds a subset of the default font: a page of Chinese stays small', async () => {
    const pdf = new OfficialPdf(loadDocumentFont({ path: '', family: '' }), { title: 't', author: 'a', subject: 's', createdAt: new Date('2026-03-03T04:00:00Z') });
    pdf.paragraph('经考核委员会审核、党委（党组）研究决定，你在二〇二五年度考核中被确定为“称职”等次。');
    const bytes = await pdf.finish();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeLessThan(80_000);
  });
});
