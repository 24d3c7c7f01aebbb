import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { describeValues, enumObject } from '../common/enum.js';
import { PageArgs } from '../common/pagination.js';
import { REASON_CODES, type ReasonCode } from './roster-sheets.js';

export const ROSTER_IMPORT_STATUSES = ['INVALID', 'READY', 'APPLIED', 'DISCARDED'] as const;
export const RosterImportStatusEnum = enumObject(ROSTER_IMPORT_STATUSES);
registerEnumType(RosterImportStatusEnum, {
  name: 'RosterImportStatus',
  description: 'Where a roster import stands',
  valuesConfig: describeValues(RosterImportStatusEnum, {
    INVALID: 'Some row was refused: nothing can be applied; correct the file and upload it again',
    READY: 'Every row is valid and the differences are computed: it can be applied or discarded',
    APPLIED: 'Applied to the roster',
    DISCARDED: 'Discarded without applying',
  }),
});

export const ROSTER_SHEETS = ['FILE', 'ORGANISATIONS', 'CADRES', 'STATUSES'] as const;
export const RosterSheetEnum = enumObject(ROSTER_SHEETS);
registerEnumType(RosterSheetEnum, {
  name: 'RosterSheet',
  description: 'A sheet of a roster file (or the file as a whole)',
  valuesConfig: describeValues(RosterSheetEnum, {
    FILE: 'The file as a whole (it cannot be read, has no known sheet, misses a column or has no row)',
    ORGANISATIONS: 'The organisations sheet (单位)',
    CADRES: 'The cadres sheet (干部)',
    STATUSES: 'The status-facts sheet (状态信息)',
  }),
});

export const ROSTER_REASONS = Object.keys(REASON_CODES) as ReasonCode[];
export const RosterImportReasonEnum = enumObject(ROSTER_REASONS);
registerEnumType(RosterImportReasonEnum, {
  name: 'RosterImportReason',
  description: 'Why a row of a roster file was refused',
  valuesConfig: describeValues(RosterImportReasonEnum, {
    MISSING_FIELD: 'A required column is empty (缺少必填项)',
    BAD_DATE: 'Not a date YYYY-MM-DD (birth and post dates may be YYYY-MM)',
    UNKNOWN_WORD: 'Not one of the words the column takes (kind, category, rank, gender, status…)',
    KIND_CATEGORY_MISMATCH: 'The category is not one the kind of organisation may take',
    END_BEFORE_START: 'The last day lies before the first',
    TOO_LONG: 'More than 200 characters',
    DUPLICATE_CODE: 'The organisation code appears on an earlier line',
    DUPLICATE_PERSON_NO: 'The cadre number appears on an earlier line',
    DUPLICATE_STATUS: 'The same status of the same cadre from the same day appears on an earlier line',
    UNKNOWN_PARENT: 'No organisation with the parent code, neither in the file nor in the database',
    PARENT_CYCLE: 'Following the parents leads back to the organisation',
    UNKNOWN_UNIT: 'No organisation with the unit code, neither in the file nor in the database',
    UNKNOWN_MANAGING_UNIT: 'No organisation with the managing-jurisdiction code',
    UNKNOWN_CADRE: 'No cadre with the number, neither in the file nor in the database',
    OUTSIDE_JURISDICTION: 'The organisation or cadre lies outside your jurisdiction',
    ROOT_MOVED: 'The organisation at the top of your jurisdiction cannot be given another parent',
    MISSING_COLUMN: 'A required column is missing from a sheet’s header row',
    NO_SHEET: 'No sheet whose header row the import knows',
    NO_ROWS: 'The file has no data row',
    BAD_FILE: 'The file cannot be read as .xlsx or .csv, or is too large',
  }),
});

export const ROSTER_ENTITIES = ['ORGANISATION', 'CADRE', 'STATUS'] as const;
export const RosterEntityEnum = enumObject(ROSTER_ENTITIES);
registerEnumType(RosterEntityEnum, {
  name: 'RosterEntity',
  description: 'What a roster difference is about',
  valuesConfig: describeValues(RosterEntityEnum, { ORGANISATION: 'An organisation', CADRE: 'A cadre', STATUS: 'A status fact of a cadre' }),
});

export const ROSTER_DIFFERENCE_KINDS = ['ADDED', 'CHANGED', 'MOVED', 'RETIRED'] as const;
export const RosterDifferenceKindEnum = enumObject(ROSTER_DIFFERENCE_KINDS);
registerEnumType(RosterDifferenceKindEnum, {
  name: 'RosterDifferenceKind',
  description: 'How applying a roster import changes a record',
  valuesConfig: describeValues(RosterDifferenceKindEnum, {
    ADDED: 'New: not in the database (新增)',
    CHANGED: 'Some fields change (变更)',
    MOVED: 'A cadre changes unit or an organisation changes parent (调动)',
    RETIRED: 'An organisation is retired, or a cadre retires or leaves — also a serving cadre missing from the file when asked (撤销/退出)',
  }),
});

@ObjectType({ description: 'A roster import: an uploaded file, its checks and its differences with the database' })
export class RosterImportView {
  @Field(() => ID, { description: 'The import id' }) id: string;
  @Field(() => String, { description: 'The uploaded file’s name' }) fileName: string;
  @Field(() => RosterImportStatusEnum, { description: 'Where the import stands' }) status: (typeof ROSTER_IMPORT_STATUSES)[number];
  @Field(() => Boolean, { description: 'Whether serving cadres of the file’s units missing from the file are marked as having left' }) retireMissing: boolean;
  @Field(() => String, { description: 'The roster version the differences were computed against; send it back to applyRosterImport' }) version: string;
  @Field(() => Int, { description: 'Data rows of the organisations sheet' }) organisationRows: number;
  @Field(() => Int, { description: 'Data rows of the cadres sheet' }) cadreRows: number;
  @Field(() => Int, { description: 'Data rows of the status-facts sheet' }) statusRows: number;
  @Field(() => Int, { description: 'How many reasons refuse rows; 0 for a valid file' }) errorCount: number;
  @Field(() => Int, { description: 'Records applying adds' }) added: number;
  @Field(() => Int, { description: 'Records applying changes in place' }) changed: number;
  @Field(() => Int, { description: 'Cadres changing unit and organisations changing parent' }) moved: number;
  @Field(() => Int, { description: 'Organisations retired, cadres retiring or leaving' }) retired: number;
  @Field(() => Date, { description: 'When the file was uploaded' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was applied or discarded' }) finishedAt: Date | null;
}

@ObjectType({ description: 'One reason a line of a roster file was refused' })
export class RosterImportError {
  @Field(() => RosterSheetEnum, { description: 'The sheet (or FILE)' }) sheet: string;
  @Field(() => Int, { description: 'The line in the sheet, the header being line 1; 0 for the whole file' }) line: number;
  @Field(() => RosterImportReasonEnum, { description: 'The reason, as a code' }) code: string;
  @Field(() => String, { nullable: true, description: 'The column (its Chinese header)' }) field: string | null;
  @Field(() => String, { nullable: true, description: 'The value that was refused' }) value: string | null;
  @Field(() => String, { description: 'The reason in Chinese words' }) message: string;
}

@ObjectType({ description: 'A page of refused lines' })
export class RosterImportErrorPage {
  @Field(() => [RosterImportError], { description: 'The reasons, by sheet and line' }) nodes: RosterImportError[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last' }) endCursor: string | null;
}

@ObjectType({ description: 'One field a roster difference changes' })
export class RosterFieldChange {
  @Field(() => String, { description: 'The field: name, gender, birthDate, unit, post, rankLevel, positionType, population, teamMember, managingUnit, tookPostOn, employmentStatus; parent, kind, category, restrictedDevelopment, retiredOn; statusKind, startsOn, endsOn, note' })
  field: string;
  @Field(() => String, { nullable: true, description: 'The value now (a code for enums and units); null when none' }) old: string | null;
  @Field(() => String, { nullable: true, description: 'The value after applying; null when none' }) new: string | null;
}

@ObjectType({ description: 'What applying a roster import changes about one record' })
export class RosterDifference {
  @Field(() => RosterEntityEnum, { description: 'Organisation, cadre or status fact' }) entity: string;
  @Field(() => RosterDifferenceKindEnum, { description: 'Added, changed, moved or retired' }) kind: string;
  @Field(() => String, { description: 'The organisation code or the cadre number' }) code: string;
  @Field(() => String, { description: 'The organisation’s or the cadre’s name' }) name: string;
  @Field(() => Int, { nullable: true, description: 'The line of the file; null for a cadre missing from the file' }) line: number | null;
  @Field(() => [RosterFieldChange], { description: 'The changed fields, old → new; empty for an added record' }) changes: RosterFieldChange[];
}

@ObjectType({ description: 'A page of roster differences' })
export class RosterDifferencePage {
  @Field(() => [RosterDifference], { description: 'The differences, organisations first, in file order' }) nodes: RosterDifference[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last' }) endCursor: string | null;
}

@ArgsType()
export class RosterDifferenceArgs extends PageArgs {
  @Field(() => RosterDifferenceKindEnum, { nullable: true, description: 'Only differences of this kind' })
  @IsOptional()
  @IsIn(ROSTER_DIFFERENCE_KINDS)
  kind?: string | null;
}

@ArgsType()
export class ApplyRosterImportArgs {
  @Field(() => ID, { description: 'The import' }) @IsUUID() id: string;
  @Field(() => String, { nullable: true, description: 'The version the preview showed; refused with CONFLICT when the roster changed since' })
  @IsOptional()
  @Matches(/^\d{1,19}$/)
  expectedVersion?: string | null;
}
