import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { chinaDay } from './calendar.service.js';
import type { GraphQLContext } from '../graphql/context.js';
import { CalendarDayInput, CalendarDayView, CalendarInfo, CalendarYearView, WorkingDaysQuery } from './calendar.types.js';

/** The working-day calendar: what it knows, counting working days, and the administrator's additions. */
@Resolver()
export class CalendarResolver {
  @Authorized()
  @Query(() => CalendarInfo, { description: 'The working-day calendar: the library’s years and the administrator’s additions' })
  workingCalendar(@Ctx() ctx: GraphQLContext): Promise<CalendarInfo> {
    return ctx.services.calendar.info(chinaDay(ctx.now()), ctx.viewer);
  }

  @Authorized()
  @Query(() => CalendarYearView, { description: 'One year of the official calendar: its holidays and make-up workdays, where each comes from, and whether working days count in it' })
  calendarYear(@Arg('year', () => Int, { description: 'The year (2000 to 2100)' }) year: number, @Ctx() ctx: GraphQLContext): Promise<CalendarYearView> {
    return ctx.services.calendar.year(year);
  }

  @Authorized()
  @Query(() => String, { description: 'The last day of a period of N working days starting on a day (e.g. a public notice)' })
  lastWorkingDay(@Arg('input', () => WorkingDaysQuery, { description: 'The start day and the number of working days' }) input: WorkingDaysQuery, @Ctx() ctx: GraphQLContext): Promise<string> {
    return ctx.services.calendar.lastWorkingDay(input.startsOn, input.workingDays);
  }

  @Authorized('calendar:manage')
  @Mutation(() => CalendarDayView, { description: 'Adds or corrects an official holiday or make-up workday for a year the library does not know yet' })
  setCalendarDay(@Arg('input', () => CalendarDayInput, { description: 'The day, whether it is a holiday or a workday, and its name' }) input: CalendarDayInput, @Ctx() ctx: GraphQLContext): Promise<CalendarDayView> {
    return ctx.services.calendar.setDay(ctx.viewer, input, ctx.now());
  }

  @Authorized('calendar:manage')
  @Mutation(() => Int, { description: 'Confirms that a year’s official holidays and make-up workdays are entered, so that working days are counted in it; root jurisdiction only' })
  confirmCalendarYear(@Arg('year', () => Int, { description: 'The year whose official calendar is now complete' }) year: number, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.services.calendar.confirmYear(ctx.viewer, year, ctx.now());
  }
}
