import { IsInt, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, InterfaceType, ObjectType } from 'type-graphql';
import { PageArgs } from '../../common/pagination.js';
import type { CaseRow, CaseTable } from './case-row.js';

/** The fields every case shares: review cases, fault-tolerance cases and accusations implement it. */
@InterfaceType('Case', { resolveType: (value: CaseView) => ({ review_case: 'ReviewCase', fault_tolerance_case: 'FaultToleranceCase', accusation: 'Accusation' })[value.table] })
export abstract class CaseView {
  @Field(() => ID) id: string;
  @Field(() => ID) cadreId: string;
  @Field(() => ID) organisationId: string;
  @Field(() => String) state: string;
  @Field(() => Int, { description: 'Send it back as expectedVersion' }) version: number;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field(() => String, { nullable: true }) dueEvent: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => GraphQLJSONObject, { description: 'The machine context: windows, rulings, decisions, steps' }) context: object;
  table: CaseTable;
  row: CaseRow;
}

@ObjectType()
export class CaseDeadlineRun {
  @Field(() => Int) fired: number;
  @Field(() => Int, { description: 'Deadlines cleared because the case had moved on' }) skipped: number;
}

@InputType({ description: 'Optional on every case action: the version you saw (stale → CONFLICT) and a key that makes a retry safe' })
export class CaseActionInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() expectedVersion?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(8, 100) idempotencyKey?: string | null;
}

@ArgsType()
export class CaseListArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() cadreId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(60) state?: string | null;
}

/** The version and idempotency key of a case action input, as the service takes them. */
export const caseOptions = (i: { expectedVersion?: number | null; idempotencyKey?: string | null }) => ({ expectedVersion: i.expectedVersion ?? null, idempotencyKey: i.idempotencyKey ?? null });
