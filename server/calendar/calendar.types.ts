import { IsDateString, IsIn, Length, Max, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A day the administrator added to the official calendar (a holiday or a make-up workday)' })
export class CalendarDayView {
  @Field(() => String, { description: 'The day (YYYY-MM-DD)' })
  day: string;

  @Field(() => String, { description: 'HOLIDAY or WORKDAY' })
  kind: string;

  @Field(() => String, { description: 'The holiday’s name, or what the make-up workday is for' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Where the day comes from: LIBRARY (the maintained official calendar) or ADDED (entered by an administrator); null on an answer to setCalendarDay' })
  source?: string | null;
}

@ObjectType({ description: 'One year of the official calendar: its holidays and make-up workdays and whether working days are counted in it' })
export class CalendarYearView {
  @Field(() => Int, { description: 'The year' })
  year: number;

  @Field(() => String, { description: 'LIBRARY (known from the maintained calendar), CONFIRMED (entered and confirmed), ENTERED (days entered, not yet confirmed) or MISSING (nothing entered)' })
  status: string;

  @Field(() => Boolean, { description: 'Whether working days are counted in this year (LIBRARY or CONFIRMED)' })
  covered: boolean;

  @Field(() => [CalendarDayView], { description: 'The official holidays and make-up workdays of the year, by day; an administrator’s entry replaces the library’s for the same day' })
  days: CalendarDayView[];

  @Field(() => String, { nullable: true, description: 'Who confirmed the year (display name), for a CONFIRMED year' })
  confirmedBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When the year was confirmed, for a CONFIRMED year' })
  confirmedAt: Date | null;
}

@ObjectType({ description: 'A warning to the organisation department: a year the official calendar does not cover yet must be entered and confirmed' })
export class CalendarWarning {
  @Field(() => Int, { description: 'The year still to be entered and confirmed' })
  year: number;

  @Field(() => String, { description: 'The Beijing day the warning began: 1 October of the year before, or 1 January of the year itself' })
  since: string;

  @Field(() => Boolean, { description: 'The year has begun: no period can be counted into it until it is confirmed' })
  urgent: boolean;
}

@InputType({ description: 'A holiday or make-up workday to add or correct' })
export class CalendarDayInput {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true })
  day: string;

  @Field(() => String, { description: 'HOLIDAY (no work) or WORKDAY (a make-up workday on a weekend)' })
  @IsIn(['HOLIDAY', 'WORKDAY'])
  kind: string;

  @Field(() => String, { description: 'The holiday’s name, or what the make-up workday is for' })
  @Length(1, 60)
  name: string;
}

@InputType({ description: 'A period of working days to count' })
export class WorkingDaysQuery {
  @Field(() => String, { description: 'The first day of the period (YYYY-MM-DD), counted if it is a working day' })
  @IsDateString({ strict: true })
  startsOn: string;

  @Field(() => Int, { description: 'How many working days the period lasts (1 to 60)' })
  @Min(1)
  @Max(60)
  workingDays: number;
}

@ObjectType({ description: 'What the working-day calendar knows' })
export class CalendarInfo {
  @Field(() => [Int], { description: 'Years the maintained holiday library covers' })
  libraryYears: number[];

  @Field(() => [Int], { description: 'Years an administrator entered and confirmed beyond the library' })
  confirmedYears: number[];

  @Field(() => [Int], { description: 'Every year in which working days can be counted: the library’s and the confirmed ones' })
  coveredYears: number[];

  @Field(() => Int, { nullable: true, description: 'A year that must be entered now: the current one if missing, or from October the next one; null when nothing is due' })
  missingYear: number | null;

  @Field(() => [CalendarDayView], { description: 'The days the administrator added or corrected, oldest first' })
  additions: CalendarDayView[];

  @Field(() => [CalendarWarning], { description: 'For the organisation department (ORG_ADMIN, SYSTEM_ADMIN): from 1 October, a next year not yet covered; any time, a current year not covered. Empty for other roles' })
  warnings: CalendarWarning[];

  @Field(() => Boolean, { description: 'Whether you may enter days and confirm years (the root jurisdiction’s ORG_ADMIN or SYSTEM_ADMIN)' })
  canManage: boolean;
}
