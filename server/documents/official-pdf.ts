import PDFDocument from 'pdfkit';
import { AppError } from '../common/errors.js';
import type { LoadedFont } from './font.js';

/** Millimetres to PDF points. */
export const mm = (v: number) => (v * 72) / 25.4;

/**
 * The page of GB/T 9704-2012 (党政机关公文格式): A4, top margin 37 mm, left
 * 28 mm, a text area of 156 × 225 mm; body in 3号 (16 pt), 22 lines of 28
 * characters; title in 2号 (22 pt); page numbers in 4号 (14 pt) 7 mm below the
 * text area, “— 1 —”, right on odd pages and left on even ones.
 */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  left: mm(28),
  textWidth: mm(156),
  textHeight: mm(225),
  body: 16,
  title: 22,
  pageNumber: 14,
  linePitch: mm(225) / 22,
} as const;
export const RED = '#E60012';
const FONT = 'cjk';

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  /** The document's 成文日期 as an instant (also the PDF's creation date, so a reprint is the same file). */
  createdAt: Date;
}

/** A pdfkit document laid out as an official document, with the helpers each kind of document shares. */
export class OfficialPdf {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(font: LoadedFont, meta: DocumentMeta) {
    this.doc = new PDFDocument({
      size: 'A4',
      bufferPages: true,
      margins: { top: PAGE.top, left: PAGE.left, right: PAGE.width - PAGE.left - PAGE.textWidth, bottom: PAGE.height - PAGE.top - PAGE.textHeight },
      info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: '干部考核系统', Producer: '干部考核系统', CreationDate: meta.createdAt, ModDate: meta.createdAt },
      // No random file ID: the same document printed again is the same bytes.
      pdfVersion: '1.7',
    });
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => this.chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    registerFont(this.doc, font);
    this.doc.font(FONT).fontSize(PAGE.body).fillColor('black');
  }

  /** The gap pdfkit adds below a line of `size` so that lines fall `pitch` apart. */
  gap(size: number, pitch = PAGE.linePitch): number {
    this.doc.fontSize(size);
    return Math.max(0, pitch - this.doc.currentLineHeight(true));
  }

  /** 版头: the issuing organ's mark in red, centred, the 发文字号 below it and the red separator line as wide as the text area. */
  header(mark: string, number: string | null): void {
    const { doc } = this;
    const chars = [...mark].length;
    const size = Math.min(36, Math.floor(PAGE.textWidth / (chars * 1.05)));
    doc.fillColor(RED).fontSize(size).text(mark, PAGE.left, PAGE.top, { width: PAGE.textWidth, align: 'center', lineBreak: false });
    let y = PAGE.top + size * 1.3 + PAGE.linePitch;
    if (number) {
      doc.fillColor('black').fontSize(PAGE.body).text(number, PAGE.left, y, { width: PAGE.textWidth, align: 'center', lineBreak: false });
      y += PAGE.body + mm(4);
    } else {
      y += mm(4);
    }
    doc.save().strokeColor(RED).lineWidth(1.2).moveTo(PAGE.left, y).lineTo(PAGE.left + PAGE.textWidth, y).stroke().restore();
    doc.fillColor('black');
    doc.x = PAGE.left;
    doc.y = y + PAGE.linePitch * 1.5;
  }

  /** The title in 2号, centred, with a blank line after it. */
  title(text: string): void {
    this.doc.fontSize(PAGE.title).text(text, PAGE.left, this.doc.y, { width: PAGE.textWidth, align: 'center', lineGap: this.gap(PAGE.title, PAGE.linePitch * 1.25) });
    this.doc.moveDown(0.6);
  }

  /** 主送机关 (or the person addressed), flush left, ending in a full-width colon. */
  addressee(text: string): void {
    this.doc.fontSize(PAGE.body).text(`${text}：`, PAGE.left, this.doc.y, { width: PAGE.textWidth, lineGap: this.gap(PAGE.body) });
  }

  /** A body paragraph, its first line indented by two characters. */
  paragraph(text: string, options: { indent?: boolean } = {}): void {
    this.doc.fontSize(PAGE.body).text(text, PAGE.left, this.doc.y, { width: PAGE.textWidth, indent: options.indent === false ? 0 : PAGE.body * 2, lineGap: this.gap(PAGE.body), align: 'justify' });
  }

  /** Moves down `lines` body lines, on a new page when the rest would not fit. */
  space(lines: number): void {
    this.doc.y += PAGE.linePitch * lines;
  }

  /** Starts a new page when fewer than `lines` body lines are left on this one. */
  keep(lines: number): void {
    if (this.doc.y + PAGE.linePitch * lines > PAGE.top + PAGE.textHeight) this.doc.addPage();
  }

  /**
   * 发文机关署名 and 成文日期 right-aligned (the date four characters in from
   * the right), with the seal area (印章) over them: a red dashed ring where
   * the seal is pressed, centred on the date.
   */
  signature(organ: string, date: string): void {
    const { doc } = this;
    this.keep(6);
    this.space(2);
    const right = PAGE.left + PAGE.textWidth - PAGE.body * 2;
    doc.fontSize(PAGE.body);
    const dateWidth = doc.widthOfString(date);
    const organWidth = doc.widthOfString(organ);
    const centre = right - dateWidth / 2;
    const organY = doc.y;
    doc.text(organ, Math.max(PAGE.left, centre - organWidth / 2), organY, { lineBreak: false });
    const dateY = organY + PAGE.linePitch;
    doc.text(date, right - dateWidth, dateY, { lineBreak: false });
    const r = mm(21);
    const cy = (organY + dateY + PAGE.body) / 2;
    doc.save().strokeColor(RED).lineWidth(0.8).dash(3, { space: 3 }).circle(centre, cy, r).stroke().undash().restore();
    doc.save().fillColor(RED).fillOpacity(0.55).fontSize(10).text('（印章）', centre - 20, cy + r - 16, { width: 40, align: 'center', lineBreak: false }).restore();
    doc.fillColor('black');
    doc.x = PAGE.left;
    doc.y = dateY + PAGE.linePitch * 2;
  }

  /** A dashed cut line across the text area (above a receipt). */
  cutLine(label: string): void {
    const { doc } = this;
    const y = doc.y + PAGE.linePitch / 2;
    doc.save().strokeColor('black').lineWidth(0.6).dash(4, { space: 3 }).moveTo(PAGE.left, y).lineTo(PAGE.left + PAGE.textWidth, y).stroke().undash().restore();
    doc.fontSize(10);
    const w = doc.widthOfString(label) + 8;
    doc.save().rect(PAGE.left + (PAGE.textWidth - w) / 2, y - 7, w, 14).fill('white').restore();
    doc.fillColor('black').text(label, PAGE.left, y - 5, { width: PAGE.textWidth, align: 'center', lineBreak: false });
    doc.x = PAGE.left;
    doc.y = y + PAGE.linePitch;
  }

  /** Page numbers “— n —” on every page, then the file's bytes. */
  async finish(): Promise<Buffer> {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const n = i - range.start + 1;
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.fontSize(PAGE.pageNumber).fillColor('black');
      const label = `— ${n} —`;
      const w = doc.widthOfString(label);
      const x = n % 2 === 1 ? PAGE.left + PAGE.textWidth - PAGE.pageNumber - w : PAGE.left + PAGE.pageNumber;
      doc.text(label, x, PAGE.top + PAGE.textHeight + mm(7), { lineBreak: false });
      doc.page.margins.bottom = bottom;
    }
    doc.end();
    return this.done;
  }
}

function registerFont(doc: PDFKit.PDFDocument, font: LoadedFont): void {
  if (font.family !== null || font.candidates.length === 0) {
    try {
      doc.registerFont(FONT, font.data, font.family ?? undefined);
      doc.font(FONT);
      return;
    } catch (error) {
      throw new AppError('DOCUMENT_FONT_MISSING', `The document font cannot be used: ${(error as Error).message}`);
    }
  }
  for (const family of font.candidates) {
    try {
      doc.registerFont(FONT, font.data, family);
      doc.font(FONT);
      return;
    } catch {
      // not this one: try the next name
    }
  }
  throw new AppError('DOCUMENT_FONT_MISSING', `The font collection holds none of ${font.candidates.join(', ')}; set DOCUMENT_FONT_FAMILY`);
}
