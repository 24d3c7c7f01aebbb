import { Length } from 'class-validator';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import type { AnnualContext } from '../../workflows/assessment/annual.machine.js';

@InputType({ description: 'An explicit exception to the minimum turnout: the ballots close below it, and the reason is recorded with who gave it' })
export class TurnoutExceptionInput {
  @Field(() => String, { description: 'Why the evaluation closes below the minimum turnout (recorded on the assessment and in the audit trail)' })
  @Length(1, 2000)
  reason: string;
}

@ObjectType({ description: 'The democratic evaluation closed below the minimum turnout by a recorded exception: who, why, when and the figures' })
export class TurnoutExceptionRecord {
  @Field(() => String, { description: 'The reason given' })
  reason: string;

  @Field(() => String, { nullable: true, description: 'Who recorded the exception (their display name at the time)' })
  recordedBy: string | null;

  @Field(() => Date, { description: 'When the ballots were closed with the exception' })
  recordedAt: Date;

  @Field(() => Int, { description: 'Raters invited when the ballots closed' })
  invited: number;

  @Field(() => Int, { description: 'Ballots returned when the ballots closed' })
  returned: number;

  @Field(() => Float, { description: 'Returned over invited, in percent (0 when nobody was invited)' })
  turnoutPercent: number;

  @Field(() => Float, { description: "The cycle's minimum turnout in percent" })
  minimumTurnoutPercent: number;
}

/** The exception recorded on an assessment's snapshot, for the API (null when the ballots closed with the turnout met, or are not closed). */
export function turnoutExceptionOf(context: Partial<AnnualContext>): TurnoutExceptionRecord | null {
  const evaluation = context.evaluation;
  const exception = evaluation?.turnoutException;
  if (!exception) return null;
  const turnout = evaluation.turnout;
  return {
    reason: exception.reason,
    recordedBy: exception.byName ?? null,
    recordedAt: new Date(exception.at),
    invited: turnout?.invited ?? 0,
    returned: turnout?.returned ?? 0,
    turnoutPercent: turnout?.percent ?? 0,
    minimumTurnoutPercent: turnout?.minimumPercent ?? 0,
  };
}
