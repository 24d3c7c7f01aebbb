import { createRequire } from 'node:module';
import type { DataSource } from 'typeorm';
import { calendarWarning, lastOfWorkingDays, type WorkingCalendar } from '../../workflows/calendar/working-days.js';
import { validation } from '../common/errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCanAtRoot, type Viewer } from '../auth/policy.js';

/** A day of the administrator's table: a HOLIDAY or a make-up WORKDAY, with its name. */
export interface CalendarDay {
  day: string;
  kind: string;
  name: string;
}

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
  async info(today: string): Promise<{ libraryYears: number[]; confirmedYears: number[]; coveredYears: number[]; missingYear: number | null; additions: CalendarDay[] }> {
    const additions: CalendarDay[] = await this.dataSource.query(`SELECT day, kind, name FROM working_calendar_day ORDER BY day`);
    const confirmed: Array<{ year: number }> = await this.dataSource.query(`SELECT year FROM working_calendar_year ORDER BY year`);
    const libraryYears = CalendarService.knownYears();
    const coveredYears = [...new Set([...libraryYears, ...confirmed.map((r) => r.year)])].sort();
    return {
      libraryYears,
      confirmedYears: confirmed.map((r) => r.year),
      coveredYears,
      missingYear: calendarWarning(today, new Set(coveredYears))?.year ?? null,
      additions,
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
