import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ResultVersionRow } from './result-version.service.js';

@ObjectType({ description: 'One version of a final result: 1 when decided, one more for each correction. Never changed' })
export class ResultVersion implements ResultVersionRow {
  @Field(() => ID, { description: 'The assessment the result belongs to' }) assessmentId: string;
  @Field(() => Int, { description: '1 for the decided result, one more for each correction' }) version: number;
  @Field(() => String, { description: 'The grade of this version' }) grade: string;
  @Field(() => String, { nullable: true, description: 'The grade this version replaced; null for version 1' }) previousGrade: string | null;
  @Field(() => String, { description: 'DECISION, REVIEW, APPEAL, FAULT_TOLERANCE or INVESTIGATION_CLOSED' }) source: string;
  @Field(() => String, { nullable: true, description: 'Why the result changed (the decision’s reason); null for an unchanged decision' }) reason: string | null;
  @Field(() => ID, { nullable: true, description: 'The review case, fault-tolerance case or investigation behind a correction' }) caseId: string | null;
  @Field(() => ID, { nullable: true, description: 'The user who decided this version' }) decidedBy: string | null;
  @Field(() => String, { nullable: true, description: 'The role they decided it in' }) decidedRole: string | null;
  @Field(() => Date, { description: 'When this version was decided' }) decidedAt: Date;
}
