import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ResultVersionRow } from './result-version.service.js';

@ObjectType({ description: 'One version of a final result: 1 when decided, one more for each correction. Never changed' })
export class ResultVersion implements ResultVersionRow {
  @Field(() => ID) assessmentId: string;
  @Field(() => Int) version: number;
  @Field(() => String) grade: string;
  @Field(() => String, { nullable: true }) previousGrade: string | null;
  @Field(() => String, { description: 'DECISION, REVIEW, APPEAL, FAULT_TOLERANCE or INVESTIGATION_CLOSED' }) source: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => ID, { nullable: true, description: 'The review case, fault-tolerance case or investigation behind a correction' }) caseId: string | null;
  @Field(() => ID, { nullable: true }) decidedBy: string | null;
  @Field(() => String, { nullable: true }) decidedRole: string | null;
  @Field(() => Date) decidedAt: Date;
}
