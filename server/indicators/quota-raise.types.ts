import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A recorded approval raising one pool’s excellent quota to the raised percentage (按规定报批提高比例)' })
export class QuotaRaiseRecord {
  @Field(() => ID, { description: 'The record' }) id: string;
  @Field(() => String, { description: "TEAM (the cycle's teams) or MEMBERS (a unit's members)" }) pool: string;
  @Field(() => ID, { nullable: true, description: 'The unit whose members’ pool is raised; null for the teams’ pool' }) organisationId: string | null;
  @Field(() => String, { nullable: true, description: 'The unit’s name; null for the teams’ pool' }) organisationName: string | null;
  @Field(() => String, { nullable: true, description: 'One rank pool only; null: every rank pool of the unit' }) rankLevel: string | null;
  @Field(() => String, { description: 'Who approved (the body or official)' }) approvedBy: string;
  @Field(() => String, { description: 'The approving document (文号)' }) documentRef: string;
  @Field(() => String, { description: 'The day of the approval, YYYY-MM-DD' }) approvedOn: string;
  @Field(() => String, { nullable: true, description: 'Who recorded it (display name)' }) recordedByName: string | null;
  @Field(() => Date, { description: 'When it was recorded' }) recordedAt: Date;
}

@ObjectType({ description: 'The excellent quota of the cycle’s pinned rule set: the ordinary percentage and the one a recorded approval raises a pool to' })
export class CycleQuotaRule {
  @Field(() => Float, { description: 'At most this percentage of a pool is EXCELLENT without an approval' }) percent: number;
  @Field(() => Float, { description: 'The percentage a recorded approval raises a pool to (gates.excellentQuotaRaisedPercent)' }) raisedPercent: number;
}
