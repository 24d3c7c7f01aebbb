import { IsDateString, IsIn, Length, Max, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { lastOfWorkingDays } from '../../workflows/calendar/working-days.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan } from '../auth/policy.js';
import type { GraphQLContext } from '../graphql/context.js';
import { CalendarService } from './calendar.service.js';

@ObjectType({ description: 'A day the administrator added to the official calendar (a holiday or a make-up workday)' })
class CalendarDayView {
  @Field(() => String)
  day: string;

  @Field(() => String, { description: 'HOLIDAY or WORKDAY' })
  kind: string;

  @Field(() => String)
  name: string;
}

@InputType()
class CalendarDayInput {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true })
  day: string;

  @Field(() => String)
  @IsIn(['HOLIDAY', 'WORKDAY'])
  kind: string;

  @Field(() => String)
  @Length(1, 60)
  name: string;
}

@InputType()
class WorkingDaysQuery {
  @Field(() => String)
  @IsDateString({ strict: true })
  startsOn: string;

  @Field(() => Int)
  @Min(1)
  @Max(60)
  workingDays: number;
}

@ObjectType()
class CalendarInfo {
  @Field(() => [Int], { description: 'Years the maintained holiday library covers' })
  libraryYears: number[];

  @Field(() => [CalendarDayView])
  additions: CalendarDayView[];
}

@Resolver()
export class CalendarResolver {
  @Authorized()
  @Query(() => CalendarInfo, { description: 'The working-day calendar: the library’s years and the administrator’s additions' })
  async workingCalendar(@Ctx() ctx: GraphQLContext): Promise<CalendarInfo> {
    const additions: CalendarDayView[] = await ctx.dataSource.query(`SELECT day, kind, name FROM working_calendar_day ORDER BY day`);
    return { libraryYears: CalendarService.knownYears(), additions };
  }

  @Authorized()
  @Query(() => String, { description: 'The last day of a period of N working days starting on a day (e.g. a public notice)' })
  async lastWorkingDay(@Arg('input', () => WorkingDaysQuery) input: WorkingDaysQuery, @Ctx() ctx: GraphQLContext): Promise<string> {
    return lastOfWorkingDays(input.startsOn, input.workingDays, await ctx.services.calendar.calendar());
  }

  @Authorized('calendar:manage')
  @Mutation(() => CalendarDayView, { description: 'Adds or corrects an official holiday or make-up workday for a year the library does not know yet' })
  async setCalendarDay(@Arg('input', () => CalendarDayInput) input: CalendarDayInput, @Ctx() ctx: GraphQLContext): Promise<CalendarDayView> {
    assertCan(ctx.viewer, 'calendar:manage');
    await ctx.dataSource.transaction(async (m) => {
      const [before] = (await m.query(`SELECT kind, name FROM working_calendar_day WHERE day = $1`, [input.day])) as Array<{ kind: string; name: string }>;
      await m.query(
        `INSERT INTO working_calendar_day (day, kind, name, created_by) VALUES ($1,$2,$3,$4) ON CONFLICT (day) DO UPDATE SET kind = $2, name = $3, created_by = $4`,
        [input.day, input.kind, input.name, ctx.viewer!.userId],
      );
      await appendAudit(m, {
        entityType: 'working_calendar',
        entityId: input.day.slice(0, 4),
        action: 'CALENDAR_DAY_SET',
        actorUserId: ctx.viewer!.userId,
        actorRole: actingRole(ctx.viewer!, 'calendar:manage'),
        scopePath: null,
        payload: { day: input.day, kind: input.kind, name: input.name, before: before ?? null },
        occurredAt: ctx.now(),
      });
    });
    ctx.services.calendar.invalidate();
    return input;
  }
}
