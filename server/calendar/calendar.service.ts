import { createRequire } from 'node:module';
import type { DataSource } from 'typeorm';
import { lastOfWorkingDays, type WorkingCalendar } from '../../workflows/calendar/working-days.js';
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
    const calendar = { holidays, makeUpWorkdays };
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

  /** The library's years and the administrator's additions, oldest first. */
  async info(): Promise<{ libraryYears: number[]; additions: CalendarDay[] }> {
    const additions: CalendarDay[] = await this.dataSource.query(`SELECT day, kind, name FROM working_calendar_day ORDER BY day`);
    return { libraryYears: CalendarService.knownYears(), additions };
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
