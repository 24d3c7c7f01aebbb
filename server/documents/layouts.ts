import type { LoadedFont } from './font.js';
import { OfficialPdf } from './official-pdf.js';

const IDEOGRAPHIC_SPACE = '\u3000';

export interface Heading {
  /** The issuing organ (中共东江区委员会组织部). */
  organ: string;
  /** The 发文字号 (东组考〔2026〕3号). */
  number: string;
  /** 成文日期 in Chinese numerals, and as an instant for the file's metadata. */
  date: string;
  dateAt: Date;
}

export interface NoticeEntry {
  name: string;
  unit: string;
  post: string | null;
}

export interface PublicNoticeData extends Heading {
  cycleName: string;
  year: number;
  entries: NoticeEntry[];
  startsOn: string;
  endsOn: string;
}

/** 公示: the EXCELLENT candidates of a cycle, the notice period and where to object. */
export async function publicNoticePdf(font: LoadedFont, d: PublicNoticeData): Promise<Buffer> {
  const title = `关于${d.year}年度考核优秀等次人选的公示`;
  const pdf = new OfficialPdf(font, { title, author: d.organ, subject: d.number, createdAt: d.dateAt });
  pdf.header(`${d.organ}文件`, d.number);
  pdf.title(title);
  pdf.paragraph(`根据干部考核有关规定，经考核组考核、考核委员会审核，并经党委（党组）研究，拟确定以下${d.entries.length}名同志为${d.year}年度考核优秀等次人选，现予公示。`);
  d.entries.forEach((e, i) => pdf.paragraph(`${i + 1}．${[e.name, e.unit, e.post].filter(Boolean).join(IDEOGRAPHIC_SPACE)}`));
  pdf.paragraph(`公示时间：${d.startsOn}至${d.endsOn}。`);
  pdf.paragraph(`公示期间，对公示对象有异议的，可以通过来信、来电、来访等方式向${d.organ}反映。反映情况应当实事求是，提倡署真实姓名。`);
  pdf.paragraph('特此公示。');
  pdf.signature(d.organ, d.date);
  return pdf.finish();
}

export interface WrittenNoticeData extends Heading {
  cadreName: string;
  cycleName: string;
  year: number;
  grade: string;
  comment: string | null;
  /** Days to ask for a review (复核), when the grade may be reviewed at all; null: no review is offered. */
  reviewDays: number | null;
  signature: { opinion: string | null; date: string } | null;
}

/** 书面通知 of a cadre's result, with its 回执 (the cadre's signature and date). */
export async function writtenNoticePdf(font: LoadedFont, d: WrittenNoticeData): Promise<Buffer> {
  const title = `关于${d.year}年度考核结果的通知`;
  const pdf = new OfficialPdf(font, { title, author: d.organ, subject: d.number, createdAt: d.dateAt });
  pdf.header(`${d.organ}文件`, d.number);
  pdf.title(title);
  pdf.addressee(`${d.cadreName}同志`);
  pdf.paragraph(`经考核委员会审核、党委（党组）研究决定，你在${d.year}年度考核中被确定为“${d.grade}”等次。`);
  if (d.comment) pdf.paragraph(`考核评语：${d.comment}`);
  if (d.reviewDays !== null) {
    pdf.paragraph(`如对考核结果有异议，可以自收到本通知之日起${d.reviewDays}日内，向${d.organ}书面申请复核。`);
  }
  pdf.paragraph('请在回执上签署意见、签名并注明日期后交回。');
  pdf.paragraph('特此通知。');
  pdf.signature(d.organ, d.date);
  pdf.keep(8);
  pdf.cutLine('沿此线剪下');
  pdf.title('回　执');
  pdf.paragraph(`本人已收到${d.organ}《${title}》（${d.number}），知悉考核结果为“${d.grade}”等次。`);
  pdf.paragraph(`本人意见：${d.signature ? (d.signature.opinion ?? '无') : ''}`, { indent: false });
  pdf.space(1);
  pdf.paragraph(`签名：${d.signature ? d.cadreName : ''}`, { indent: false });
  pdf.paragraph(`日期：${d.signature ? d.signature.date : '　　　　年　　月　　日'}`, { indent: false });
  return pdf.finish();
}
