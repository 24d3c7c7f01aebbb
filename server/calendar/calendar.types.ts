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
}
