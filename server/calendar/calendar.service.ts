import { createRequire } from 'node:module';
import type { DataSource } from 'typeorm';
import { calendarWarning, lastOfWorkingDays, type WorkingCalendar } from '../../workflows/calendar/working-days.js';
import { validation } from '../common/errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCanAtRoot, can, type Viewer } from '../auth/policy.js';

/** A day of the administrator's table: a HOLIDAY or a make-up WORKDAY, with its name. */
export interface CalendarDay {
  day: string;
  kind: string;
  name: string;
  source?: string | null;
}

/** One year of the official calendar, for the calendar page. */
export interface CalendarYear {
  year: number;
  status: 'LIBRARY' | 'CONFIRMED' | 'ENTERED' | 'MISSING';
  covered: boolean;
  days: CalendarDay[];
  confirmedBy: string | null;
  confirmedAt: Date | null;
}

/** The organisation department's warning that a year must be entered. */
export interface CalendarYearWarning {
  year: number;
  since: string;
  urgent: boolean;
}

/** The month from which the next year must be covered (1 October, Beijing day). */
const WARN_FROM_MONTH = 10;

/** The library's names read "National Day,国庆节,3": the Chinese name, else the whole. */
const libraryName = (value: string): string => value.split(',')[1]?.trim() || value;

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** The official calendar as published, from the maintained `chinese-days` package. */
const LIBRARY: ChineseDaysData = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;

/** The calendar day in China (UTC+8) of an instant: deadlines and notice windows count in Beijing days. */
export function chinaDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Midnight at the start of a Beijing calendar day, as an instant. */
export function chinaMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/**
 * Working days from the library, overlaid with the administrator's table
 * (working_calendar_day) for years the library does not know yet. Cached per
 * process for a minute: the table changes once a year.
 */
export class CalendarService {
  private cached: { at: number; calendar: WorkingCalendar } | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async calendar(): Promise<WorkingCalendar> {
    if (this.cached && Date.now() - this.cached.at < 60_000) return this.cached.calendar;
    const holidays = new Set(Object.keys(LIBRARY.holidays));
    const makeUpWorkdays = new Set(Object.keys(LIBRARY.workdays));
    const rows: Array<{ day: string; kind: 'HOLIDAY' | 'WORKDAY' }> = await this.dataSource.query(`SELECT day, kind FROM working_calendar_day`);
    for (const { day, kind } of rows) {
      if (kind === 'HOLIDAY') {
        holidays.add(day);
        makeUpWorkdays.delete(day);
      } else {
        makeUpWorkdays.add(day);
        holidays.delete(day);
      }
    }
    const confirmed: Array<{ year: number }> = await this.dataSource.query(`SELECT year FROM working_calendar_year`);
    const coveredYears = new Set([...CalendarService.knownYears(), ...confirmed.map((r) => r.year)]);
    const calendar = { holidays, makeUpWorkdays, coveredYears };
    this.cached = { at: Date.now(), calendar };
    return calendar;
  }

  /** Years the library covers, so an administrator knows when to add the next one. */
  static knownYears(): number[] {
    return [...new Set(Object.keys(LIBRARY.holidays).map((d) => Number(d.slice(0, 4))))].sort();
  }

  invalidate(): void {
    this.cached = null;
  }

  /**
   * The library's years, the years an administrator confirmed, the
   * additions oldest first, and — from October, or whenever the current year
   * is missing — the year that must be entered before windows can run into it.
   */
  async info(
    today: string,
    viewer: Viewer | null = null,
  ): Promise<{ libraryYears: number[]; confirmedYears: number[]; coveredYears: number[]; missingYear: number | null; additions: CalendarDay[]; warnings: CalendarYearWarning[]; canManage: boolean }> {
    const additions: CalendarDay[] = await this.dataSource.query(`SELECT day, kind, name FROM working_calendar_day ORDER BY day`);
    const confirmed: Array<{ year: number }> = await this.dataSource.query(`SELECT year FROM working_calendar_year ORDER BY year`);
    const libraryYears = CalendarService.knownYears();
    const coveredYears = [...new Set([...libraryYears, ...confirmed.map((r) => r.year)])].sort();
    const missing = calendarWarning(today, new Set(coveredYears), WARN_FROM_MONTH);
    const thisYear = Number(today.slice(0, 4));
    // The organisation department is warned: from 1 October of the year before, or as soon as a year has begun uncovered.
    const warnings: CalendarYearWarning[] =
      missing && can(viewer, 'calendar:manage')
        ? [{ year: missing.year, since: missing.year > thisYear ? `${missing.year - 1}-${String(WARN_FROM_MONTH).padStart(2, '0')}-01` : `${missing.year}-01-01`, urgent: missing.year <= thisYear }]
        : [];
    return {
      libraryYears,
      confirmedYears: confirmed.map((r) => r.year),
      coveredYears,
      missingYear: missing?.year ?? null,
      additions: additions.map((a) => ({ ...a, source: 'ADDED' })),
      warnings,
      canManage: CalendarService.canManage(viewer),
    };
  }

  /** Whether the viewer may enter days and confirm years: calendar:manage in the root jurisdiction. */
  static canManage(viewer: Viewer | null): boolean {
    try {
      assertCanAtRoot(viewer, 'calendar:manage', 'the official working-day calendar');
      return true;
    } catch {
      return false;
    }
  }

  /** One year: the library's holidays and make-up workdays overlaid with the administrator's, and whether working days count in it. */
  async year(year: number): Promise<CalendarYear> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw validation([{ field: 'year', messages: ['must be a year from 2000 to 2100'] }]);
    const prefix = `${year}-`;
    const days = new Map<string, CalendarDay>();
    for (const [kind, table] of [['HOLIDAY', LIBRARY.holidays], ['WORKDAY', LIBRARY.workdays]] as const) {
      for (const [day, name] of Object.entries(table)) if (day.startsWith(prefix)) days.set(day, { day, kind, name: libraryName(name), source: 'LIBRARY' });
    }
    const added: CalendarDay[] = await this.dataSource.query(`SELECT day, kind, name FROM working_calendar_day WHERE day >= $1::date AND day < $2::date`, [`${year}-01-01`, `${year + 1}-01-01`]);
    for (const a of added) days.set(a.day, { ...a, source: 'ADDED' });
    const [confirmation] = (await this.dataSource.query(
      `SELECT y.confirmed_at, u.display_name FROM working_calendar_year y LEFT JOIN user_account u ON u.id = y.confirmed_by WHERE y.year = $1`,
      [year],
    )) as Array<{ confirmed_at: Date; display_name: string | null }>;
    const inLibrary = CalendarService.knownYears().includes(year);
    const status = inLibrary ? 'LIBRARY' : confirmation ? 'CONFIRMED' : added.length > 0 ? 'ENTERED' : 'MISSING';
    return {
      year,
      status,
      covered: status === 'LIBRARY' || status === 'CONFIRMED',
      days: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
      confirmedBy: confirmation?.display_name ?? null,
      confirmedAt: confirmation?.confirmed_at ?? null,
    };
  }

  /**
   * An administrator of the root jurisdiction confirms that a year's official
   * holidays and make-up workdays are entered (at least one holiday of that
   * year must be): from then on working days are counted in it. Audited.
   */
  async confirmYear(viewer: Viewer | null, year: number, at: Date): Promise<number> {
    assertCanAtRoot(viewer, 'calendar:manage', 'the official working-day calendar');
    if (CalendarService.knownYears().includes(year)) {
      throw validation([{ field: 'year', messages: [`the official calendar of ${year} is already known from the maintained library`] }]);
    }
    await this.dataSource.transaction(async (m) => {
      const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM working_calendar_day WHERE kind = 'HOLIDAY' AND extract(year FROM day) = $1`, [year])) as [{ n: number }];
      if (n === 0) throw validation([{ field: 'year', messages: [`enter the official holidays and make-up workdays of ${year} first`] }]);
      const inserted = (await m.query(`INSERT INTO working_calendar_year (year, confirmed_by, confirmed_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING year`, [year, viewer.userId, at])) as unknown[];
      if (inserted.length === 0) return;
      await appendAudit(m, {
        entityType: 'working_calendar',
        entityId: String(year),
        action: 'CALENDAR_YEAR_CONFIRMED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'calendar:manage'),
        scopePath: null,
        payload: { year, holidays: n },
        occurredAt: at,
      });
    });
    this.invalidate();
    return year;
  }

  /** The last day of a period of `workingDays` working days starting on `startsOn`. */
  async lastWorkingDay(startsOn: string, workingDays: number): Promise<string> {
    return lastOfWorkingDays(startsOn, workingDays, await this.calendar());
  }

  /** Adds or corrects an official holiday or make-up workday, audited with what it replaced; the cached calendar is dropped. */
  async setDay(viewer: Viewer | null, input: CalendarDay, at: Date): Promise<CalendarDay> {
    assertCanAtRoot(viewer, 'calendar:manage', 'the official working-day calendar');
    await this.dataSource.transaction(async (m) => {
      const [before] = (await m.query(`SELECT kind, name FROM working_calendar_day WHERE day = $1`, [input.day])) as Array<{ kind: string; name: string }>;
      await m.query(
        `INSERT INTO working_calendar_day (day, kind, name, created_by) VALUES ($1,$2,$3,$4) ON CONFLICT (day) DO UPDATE SET kind = $2, name = $3, created_by = $4`,
        [input.day, input.kind, input.name, viewer.userId],
      );
      await appendAudit(m, {
        entityType: 'working_calendar',
        entityId: input.day.slice(0, 4),
        action: 'CALENDAR_DAY_SET',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'calendar:manage'),
        scopePath: null,
        payload: { day: input.day, kind: input.kind, name: input.name, before: before ?? null },
        occurredAt: at,
      });
    });
    this.invalidate();
    return input;
  }
}
