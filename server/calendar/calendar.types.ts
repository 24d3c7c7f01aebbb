import { IsDateString, IsIn, Length, Max, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A day the administrator added to the official calendar (a holiday or a make-up workday)' })
export class CalendarDayView {
  @Field(() => String)
  day: string;

  @Field(() => String, { description: 'HOLIDAY or WORKDAY' })
  kind: string;

  @Field(() => String)
  name: string;
}

@InputType()
export class CalendarDayInput {
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
export class WorkingDaysQuery {
  @Field(() => String)
  @IsDateString({ strict: true })
  startsOn: string;

  @Field(() => Int)
  @Min(1)
  @Max(60)
  workingDays: number;
}

@ObjectType()
export class CalendarInfo {
  @Field(() => [Int], { description: 'Years the maintained holiday library covers' })
  libraryYears: number[];

  @Field(() => [CalendarDayView])
  additions: CalendarDayView[];
}
