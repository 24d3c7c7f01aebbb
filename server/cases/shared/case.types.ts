import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, InterfaceType, ObjectType } from 'type-graphql';
import { PageArgs } from '../../common/pagination.js';
import { StepOptionsInput } from '../../workflow/action-input.js';
import type { CaseRow, CaseTable } from './case-row.js';

/** The fields every case shares: review cases, fault-tolerance cases and accusations implement it. */
@InterfaceType('Case', { description: 'A case after the decision: a review or appeal, a fault-tolerance case or an accusation, each a tracked lifecycle', resolveType: (value: CaseView) => ({ review_case: 'ReviewCase', fault_tolerance_case: 'FaultToleranceCase', accusation: 'Accusation' })[value.table] })
export abstract class CaseView {
  @Field(() => ID, { description: 'Identifies the case in queries and case actions' }) id: string;
  @Field(() => ID, { description: 'The cadre the case concerns (for a leadership team’s result, the principal leader who pursues it)' }) cadreId: string;
  @Field(() => ID, { description: 'The organisation where the cadre sits: jurisdiction over the case is decided there' }) organisationId: string;
  @Field(() => String, { description: 'Where the case stands in its lifecycle (a state of its machine, e.g. reviewPending or decided)' }) state: string;
  @Field(() => Int, { description: 'Send it back as expectedVersion' }) version: number;
  @Field(() => Date, { nullable: true, description: 'When the next deadline fires (Beijing midnight after the window’s last day); null when none runs' }) dueAt: Date | null;
  @Field(() => String, { nullable: true, description: 'What fires at dueAt: MARK_OVERDUE (a decision is overdue) or CLOSE (the appeal window ran out); null when no deadline runs' }) dueEvent: string | null;
  @Field(() => Date, { description: 'When the case was opened' }) createdAt: Date;
  @Field(() => Date, { description: 'When the case last changed' }) updatedAt: Date;
  @Field(() => GraphQLJSONObject, { description: 'The machine context: windows, rulings, decisions, steps' }) context: object;
  table: CaseTable;
  row: CaseRow;
}

@ObjectType({ description: 'What one run of the case deadlines did' })
export class CaseDeadlineRun {
  @Field(() => Int, { description: 'Deadlines fired (the case moved on as SYSTEM)' }) fired: number;
  @Field(() => Int, { description: 'Deadlines cleared because the case had moved on' }) skipped: number;
}

@InputType({ description: 'Optional on every case action: the version you saw (stale → CONFLICT) and a key that makes a retry safe' })
export class CaseActionInput extends StepOptionsInput('Case', 'The case version you saw: a stale one is refused with CONFLICT') {
  @Field(() => ID, { description: 'The case to act on' }) @IsUUID() caseId: string;
}

@ArgsType()
export class CaseListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the cases of this cadre (your own need no role)' }) @IsOptional() @IsUUID() cadreId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only the cases in this state' }) @IsOptional() @MaxLength(60) state?: string | null;
}

/** The version and idempotency key of a case action input, as the service takes them. */
export const caseOptions = (i: { expectedVersion?: number | null; idempotencyKey?: string | null }) => ({ expectedVersion: i.expectedVersion ?? null, idempotencyKey: i.idempotencyKey ?? null });
