import type { LoadedFont } from '../documents/font.js';
import type { Heading } from '../documents/layouts.js';
import { OfficialPdf } from '../documents/official-pdf.js';
import { WORKFLOW_WORDS_ZH_CN } from '../../workflows/labels/zh-CN.js';
import type { AnnouncementListKind, ListEntry } from './lists.js';

const IDEOGRAPHIC_SPACE = '\u3000';
const gradeWord = (grade: string) => (WORKFLOW_WORDS_ZH_CN.grades as Record<string, string>)[grade] ?? grade;

export interface AnnouncementListData extends Heading {
  year: number;
  kind: AnnouncementListKind;
  entries: ListEntry[];
}

const TITLES: Record<AnnouncementListKind, (year: number) => string> = {
  COMMENDED_TEAMS: (y) => `关于对${y}年度考核优秀等次领导班子予以通报表扬的通报`,
  COMMENDED_CADRES: (y) => `关于对${y}年度考核优秀等次干部给予嘉奖的决定`,
  MERIT_CADRES: (y) => `关于对截至${y}年度连续考核优秀等次干部记三等功的决定`,
  CRITICISED_TEAMS: (y) => `关于对${y}年度考核结果较差的领导班子予以通报批评的通报`,
};

const LEADS: Record<AnnouncementListKind, (year: number, n: number) => string> = {
  COMMENDED_TEAMS: (y, n) => `根据干部考核有关规定，经党委（党组）研究，以下${n}个领导班子在${y}年度考核中被确定为“优秀”等次，予以通报表扬。`,
  COMMENDED_CADRES: (y, n) => `根据《公务员考核规定》等有关规定，以下${n}名同志在${y}年度考核中被确定为“优秀”等次，给予嘉奖。`,
  MERIT_CADRES: (y, n) => `根据《公务员考核规定》等有关规定，以下${n}名同志截至${y}年度连续被确定为“优秀”等次，记三等功。`,
  CRITICISED_TEAMS: (y, n) => `根据干部考核有关规定，经党委（党组）研究，以下${n}个领导班子在${y}年度考核中考核结果较差，予以通报批评，并责令限期整改。`,
};

/** A commendation or criticism list as an official document: the lead paragraph and one line per entry. */
export async function announcementListPdf(font: LoadedFont, d: AnnouncementListData): Promise<Buffer> {
  const title = TITLES[d.kind](d.year);
  const pdf = new OfficialPdf(font, { title, author: d.organ, subject: d.number, createdAt: d.dateAt });
  pdf.header(`${d.organ}文件`, d.number);
  pdf.title(title);
  pdf.paragraph(LEADS[d.kind](d.year, d.entries.length));
  d.entries.forEach((e, i) => {
    const what = d.kind === 'MERIT_CADRES' ? `${e.years.join('、')}年度优秀` : gradeWord(e.grade);
    const who = d.kind === 'COMMENDED_TEAMS' || d.kind === 'CRITICISED_TEAMS' ? `${e.name}领导班子` : [e.name, e.organisationName, e.post].filter(Boolean).join(IDEOGRAPHIC_SPACE);
    pdf.paragraph(`${i + 1}．${who}${IDEOGRAPHIC_SPACE}（${what}）`);
  });
  pdf.paragraph('特此通报。');
  pdf.signature(d.organ, d.date);
  return pdf.finish();
}
