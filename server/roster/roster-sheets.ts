import { categoryFits } from '../../workflows/org/categories.js';
import {
  readCategory,
  readEmployment,
  readGender,
  readKind,
  readPopulation,
  readPosition,
  readRank,
  readStatusKind,
  readYesNo,
} from './roster-words.js';

/**
 * The three sheets of a roster file, their Chinese headers, and how one row
 * of each is read into the staging columns with every reason it is refused.
 * Checks that need other rows or the database (duplicates, parents, units,
 * jurisdiction) are made afterwards over the whole staged file.
 */
export type SheetKey = 'ORGANISATIONS' | 'CADRES' | 'STATUSES';

export const REASON_CODES = {
  MISSING_FIELD: '缺少必填项',
  BAD_DATE: '日期格式不正确',
  UNKNOWN_WORD: '不是可选的取值',
  KIND_CATEGORY_MISMATCH: '单位类别与单位类型不符',
  END_BEFORE_START: '结束日期早于开始日期',
  TOO_LONG: '内容过长',
  DUPLICATE_CODE: '单位代码在文件中重复',
  DUPLICATE_PERSON_NO: '干部编号在文件中重复',
  DUPLICATE_STATUS: '同一干部同一状态同一开始日期在文件中重复',
  UNKNOWN_PARENT: '上级单位代码不存在',
  PARENT_CYCLE: '上级单位形成循环',
  UNKNOWN_UNIT: '所在单位代码不存在',
  UNKNOWN_MANAGING_UNIT: '管理权限单位代码不存在',
  UNKNOWN_CADRE: '干部编号不存在',
  OUTSIDE_JURISDICTION: '超出您的管辖范围',
  ROOT_MOVED: '不能变更您管辖范围最上级单位的上级单位',
  MISSING_COLUMN: '缺少表头列',
  NO_SHEET: '文件中没有可识别的工作表',
  NO_ROWS: '文件没有数据行',
  BAD_FILE: '文件无法读取',
} as const;
export type ReasonCode = keyof typeof REASON_CODES;

export interface RowReason {
  code: ReasonCode;
  field: string | null;
  value: string | null;
}

export const SHEETS: Record<SheetKey, { name: string; headers: readonly string[]; required: readonly string[]; example: readonly string[] }> = {
  ORGANISATIONS: {
    name: '单位',
    headers: ['单位代码', '单位名称', '上级单位代码', '单位类型', '单位类别', '限制开发区', '撤销日期'],
    required: ['单位代码', '单位名称', '单位类型', '单位类别'],
    example: ['QH-TN-XH', '溪湖县', 'QH-TN', '县（市、区）', '乡村振兴类县', '否', ''],
  },
  CADRES: {
    name: '干部',
    headers: ['干部编号', '姓名', '性别', '出生年月', '所在单位代码', '职务', '职级', '正职/副职', '人员类别', '领导班子成员', '管理权限单位代码', '任职时间', '在职状态'],
    required: ['干部编号', '姓名', '性别', '所在单位代码', '职务', '职级', '正职/副职'],
    example: ['GB-XH-0001', '林清和', '男', '1975-06', 'QH-TN-XH', '县委书记', '县处级正职', '正职', '领导干部', '是', '', '2024-03-01', '在职'],
  },
  STATUSES: {
    name: '状态信息',
    headers: ['干部编号', '状态', '开始日期', '结束日期', '备注'],
    required: ['干部编号', '状态', '开始日期'],
    example: ['GB-XH-0001', '试用期', '2024-03-01', '2025-02-28', '新任职试用期一年'],
  },
};

/** Which sheet a header row belongs to, by its first column and the columns only it has. */
export function sheetOfHeaders(headers: readonly string[]): SheetKey | null {
  const has = (h: string) => headers.includes(h);
  if (has('单位代码') && has('单位名称')) return 'ORGANISATIONS';
  if (has('干部编号') && has('姓名')) return 'CADRES';
  if (has('干部编号') && has('状态')) return 'STATUSES';
  return null;
}

export const sheetOfName = (name: string): SheetKey | null =>
  (Object.keys(SHEETS) as SheetKey[]).find((k) => SHEETS[k].name === name.trim()) ?? null;

const MAX_TEXT = 200;

/** YYYY-MM-DD (also / or . between, one-digit month and day); with `monthOnly`, YYYY-MM reads as its first day. */
export function readDate(text: string, monthOnly = false): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?$/.exec(text.trim());
  if (!m) return null;
  if (m[3] === undefined && !monthOnly) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 1)];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1900 || y > 2200 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

type Cells = Readonly<Record<string, string>>;

class RowReader {
  readonly reasons: RowReason[] = [];
  constructor(private readonly cells: Cells, private readonly required: readonly string[]) {}

  text(field: string): string {
    const value = (this.cells[field] ?? '').trim();
    if (!value && this.required.includes(field)) this.reasons.push({ code: 'MISSING_FIELD', field, value: null });
    if (value.length > MAX_TEXT) this.reasons.push({ code: 'TOO_LONG', field, value: value.slice(0, 40) });
    return value;
  }

  word<C>(field: string, read: (w: string) => C | undefined, fallback: C): C {
    const value = this.text(field);
    if (!value) return fallback;
    const code = read(value);
    if (code === undefined) this.reasons.push({ code: 'UNKNOWN_WORD', field, value });
    return code ?? fallback;
  }

  date(field: string, monthOnly = false): string | null {
    const value = this.text(field);
    if (!value) return null;
    const date = readDate(value, monthOnly);
    if (!date) this.reasons.push({ code: 'BAD_DATE', field, value });
    return date;
  }
}

export interface OrganisationRow {
  code: string;
  name: string;
  parentCode: string | null;
  kind: string;
  category: string;
  restrictedDevelopment: boolean;
  retiredOn: string | null;
}
export interface CadreRow {
  personNo: string;
  name: string;
  gender: string;
  birthDate: string | null;
  unitCode: string;
  post: string;
  rankLevel: string;
  positionType: string;
  population: string;
  teamMember: boolean;
  managingCode: string | null;
  tookPostOn: string | null;
  employmentStatus: string;
}
export interface StatusRow {
  personNo: string;
  kind: string;
  startsOn: string;
  endsOn: string | null;
  note: string;
}

export function readOrganisation(cells: Cells): { row: OrganisationRow; reasons: RowReason[] } {
  const r = new RowReader(cells, SHEETS.ORGANISATIONS.required);
  const kind = r.word('单位类型', readKind, undefined);
  const category = r.word('单位类别', readCategory, undefined);
  if (kind && category && !categoryFits(kind, category)) r.reasons.push({ code: 'KIND_CATEGORY_MISMATCH', field: '单位类别', value: cells['单位类别'] ?? '' });
  const row: OrganisationRow = {
    code: r.text('单位代码'),
    name: r.text('单位名称'),
    parentCode: r.text('上级单位代码') || null,
    kind: kind ?? '',
    category: category ?? '',
    restrictedDevelopment: r.word('限制开发区', readYesNo, 'NO') === 'YES',
    retiredOn: r.date('撤销日期'),
  };
  return { row, reasons: r.reasons };
}

export function readCadre(cells: Cells): { row: CadreRow; reasons: RowReason[] } {
  const r = new RowReader(cells, SHEETS.CADRES.required);
  const row: CadreRow = {
    personNo: r.text('干部编号'),
    name: r.text('姓名'),
    gender: r.word('性别', readGender, ''),
    birthDate: r.date('出生年月', true),
    unitCode: r.text('所在单位代码'),
    post: r.text('职务'),
    rankLevel: r.word('职级', readRank, ''),
    positionType: r.word('正职/副职', readPosition, ''),
    population: r.word('人员类别', readPopulation, 'LEADING_CADRE'),
    teamMember: r.word('领导班子成员', readYesNo, 'YES') === 'YES',
    managingCode: r.text('管理权限单位代码') || null,
    tookPostOn: r.date('任职时间', true),
    employmentStatus: r.word('在职状态', readEmployment, 'SERVING'),
  };
  return { row, reasons: r.reasons };
}

export function readStatus(cells: Cells): { row: StatusRow; reasons: RowReason[] } {
  const r = new RowReader(cells, SHEETS.STATUSES.required);
  const row: StatusRow = {
    personNo: r.text('干部编号'),
    kind: r.word('状态', readStatusKind, ''),
    startsOn: r.date('开始日期') ?? '',
    endsOn: r.date('结束日期'),
    note: r.text('备注'),
  };
  if (row.startsOn && row.endsOn && row.endsOn < row.startsOn) r.reasons.push({ code: 'END_BEFORE_START', field: '结束日期', value: row.endsOn });
  return { row, reasons: r.reasons };
}
