import type { LoadedFont } from './font.js';
import { OfficialPdf, PAGE, mm } from './official-pdf.js';

export interface RegistrationFormData {
  year: number;
  name: string;
  gender: string;
  birth: string;
  unit: string;
  post: string;
  selfSummary: string;
  teamOpinion: string;
  grade: string;
  /** 成文日期 of the decision in Chinese numerals; and the instant for the file. */
  decidedOn: string;
  decidedAt: Date;
  organ: string;
  signature: { opinion: string | null; date: string } | null;
}

const CELL = 12; // 小四-ish: the form's cells
const PAD = mm(2);
const LABEL = mm(30);
const BLANK_DATE = '　　　　年　　月　　日';

/**
 * 年度考核登记表 for the personnel file: a ruled table — the person, the
 * self-summary (述职), the leader's comment, the assessment team's opinion,
 * the committee's grade, the person's own opinion, each with signature and
 * date lines. A long self-summary continues on the next page (续).
 */
export async function registrationFormPdf(font: LoadedFont, d: RegistrationFormData): Promise<Buffer> {
  const title = `${d.year}年度考核登记表`;
  const pdf = new OfficialPdf(font, { title: `${d.name} ${title}`, author: d.organ, subject: title, createdAt: d.decidedAt });
  const { doc } = pdf;
  doc.fontSize(PAGE.title).text(title, PAGE.left, PAGE.top, { width: PAGE.textWidth, align: 'center' });
  doc.fontSize(CELL).text(`填表单位：${d.unit}`, PAGE.left, doc.y + mm(3), { width: PAGE.textWidth });
  let y = doc.y + mm(2);
  const x0 = PAGE.left;
  const W = PAGE.textWidth;
  const bottom = PAGE.top + PAGE.textHeight;

  const rowHeight = mm(11);
  const six = [LABEL, mm(24), mm(18), mm(22), mm(24), W - LABEL - mm(24) - mm(18) - mm(22) - mm(24)];
  const cells = (widths: number[], texts: string[], h: number) => {
    let x = x0;
    widths.forEach((w, i) => {
      doc.rect(x, y, w, h).lineWidth(0.8).stroke('black');
      const t = texts[i] ?? '';
      doc.fontSize(CELL);
      const th = doc.heightOfString(t, { width: w - 2 * PAD });
      doc.fillColor('black').text(t, x + PAD, y + (h - th) / 2, { width: w - 2 * PAD, align: 'center' });
      x += w;
    });
    y += h;
  };
  cells(six, ['姓　　名', d.name, '性别', d.gender, '出生年月', d.birth], rowHeight);
  cells([LABEL, W - LABEL], ['单　　位', d.unit], rowHeight);
  cells([LABEL, W - LABEL], ['职　　务', d.post], rowHeight);

  /** A labelled block: the text (split over pages when long), then its closing lines (signature, date) at the bottom. */
  const block = (label: string, text: string, footer: string[], minHeight: number) => {
    const inner = W - LABEL - 2 * PAD;
    doc.fontSize(CELL);
    const lineH = doc.currentLineHeight(true) + 3;
    const footerH = footer.length * lineH + PAD;
    let rest = text;
    let first = true;
    for (;;) {
      const room = bottom - y;
      const need = doc.heightOfString(rest || ' ', { width: inner, lineGap: 3 }) + footerH + 2 * PAD;
      const name = first ? label : `${label}（续）`;
      const h = Math.max(need, Math.min(minHeight, room));
      if (h <= room) {
        drawBlock(name, rest, footer, h, first);
        return;
      }
      if (need > PAGE.textHeight / 2 && room > lineH * 4) {
        // A long text fills this page with as much as fits, then carries on (续).
        const fit = fitting(rest, inner, room - 2 * PAD - lineH);
        drawBlock(name, rest.slice(0, fit), [], room, first);
        rest = rest.slice(fit);
        first = false;
      }
      doc.addPage();
      y = PAGE.top;
    }
  };
  const fitting = (text: string, width: number, height: number) => {
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (doc.heightOfString(text.slice(0, mid), { width, lineGap: 3 }) <= height) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(1, lo);
  };
  const drawBlock = (label: string, text: string, footer: string[], h: number, indent = true) => {
    doc.rect(x0, y, LABEL, h).rect(x0 + LABEL, y, W - LABEL, h).lineWidth(0.8).stroke('black');
    doc.fontSize(CELL);
    const lh = doc.heightOfString(label, { width: LABEL - 2 * PAD });
    doc.text(label, x0 + PAD, y + (h - lh) / 2, { width: LABEL - 2 * PAD, align: 'center' });
    doc.text(text, x0 + LABEL + PAD, y + PAD, { width: W - LABEL - 2 * PAD, lineGap: 3, indent: indent ? CELL * 2 : 0 });
    const lineH = doc.currentLineHeight(true) + 3;
    footer.forEach((f, i) => {
      doc.text(f, x0 + LABEL + PAD, y + h - PAD - (footer.length - i) * lineH, { width: W - LABEL - 2 * PAD - CELL, align: 'right', lineBreak: false });
    });
    y += h;
  };

  block('个人总结', d.selfSummary || '（未提交个人总结）', [`本人签名：${' '.repeat(16)}${BLANK_DATE}`], mm(56));
  block('主管领导评语', '', [`签名：${' '.repeat(16)}${BLANK_DATE}`], mm(30));
  block('考核组意见', d.teamOpinion, [`考核组负责人签名：${' '.repeat(12)}${BLANK_DATE}`], mm(26));
  block('考核委员会审核意见', `经审核，确定为“${d.grade}”等次。`, [`${d.organ}（盖章）`, d.decidedOn], mm(28));
  block(
    '本人意见',
    d.signature ? (d.signature.opinion ?? '无异议') : '',
    [`本人签名：${d.signature ? d.name : ' '.repeat(16)}${'\u3000'.repeat(2)}${d.signature ? d.signature.date : BLANK_DATE}`],
    mm(22),
  );
  return pdf.finish();
}
