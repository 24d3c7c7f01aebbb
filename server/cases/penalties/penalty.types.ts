import { IsDateString, IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PENALTY_KINDS, type PenaltyKind } from '../../../workflows/rules/settings.js';
import type { InvestigationRow, PenaltyRow } from './penalty.service.js';

@ObjectType({ description: 'A party or government sanction or organisational handling, with its dates and period' })
export class Penalty implements PenaltyRow {
  @Field(() => ID) id: string;
  @Field(() => ID) cadreId: string;
  @Field(() => String) kind: string;
  @Field(() => String, { nullable: true, description: 'PARTY_DISCIPLINE, GOVERNMENT_SANCTION or ORGANISATIONAL_HANDLING' }) category: string | null;
  @Field(() => String, { nullable: true, description: 'When accountability started' }) startedOn: string | null;
  @Field(() => String, { nullable: true, description: 'Null while undecided' }) decidedOn: string | null;
  @Field(() => String, { nullable: true, description: 'Last day of the sanction period' }) effectiveUntil: string | null;
  @Field(() => Boolean, { description: 'Exempted by a fault-tolerance decision: counts against nobody' }) tolerated: boolean;
  @Field(() => ID, { nullable: true, description: 'The lighter sanction that replaced it (fault tolerance, MITIGATED)' }) replacedBy: string | null;
  @Field(() => String) note: string;
  orgPath: string;
  organisationId: string;
}

@ObjectType({ description: '立案审查: an investigation and how it closed' })
export class Investigation implements InvestigationRow {
  @Field(() => ID) id: string;
  @Field(() => ID) cadreId: string;
  @Field(() => String) startsOn: string;
  @Field(() => String, { nullable: true }) endsOn: string | null;
  @Field(() => String, { nullable: true, description: 'NO_PENALTY or PENALTY' }) conclusion: string | null;
  @Field(() => ID, { nullable: true }) penaltyId: string | null;
  @Field(() => String) note: string;
  orgPath: string;
}

@ObjectType({ description: 'Something that blocks a promotion today — or, among the disregarded, something that never does, and why' })
export class PromotionBlockerView {
  @Field(() => String, { description: 'PENALTY_PERIOD, OPEN_INVESTIGATION or SUBSTANTIATED_ACCUSATION' }) kind: string;
  @Field(() => ID, { description: 'The penalty, investigation or accusation' }) recordId: string;
  @Field(() => String, { nullable: true }) since: string | null;
  @Field(() => String, { nullable: true }) until: string | null;
  @Field(() => String) explanation: string;
}

@ObjectType({ description: 'What blocks a cadre’s promotion today: sanction periods in force, open investigations, substantiated accusations. Tolerated or replaced sanctions and cleared accusations never do' })
export class PromotionBlockers {
  @Field(() => Boolean, { description: 'True when anything blocks' }) blocked: boolean;
  @Field(() => [PromotionBlockerView]) blockers: PromotionBlockerView[];
  @Field(() => [PromotionBlockerView], { description: 'Records that never count: exempted or replaced sanctions, cleared accusations' }) disregarded: PromotionBlockerView[];
}

@InputType()
export class StartAccountabilityInput {
  @Field(() => ID) @IsUUID() cadreId: string;
  @Field(() => String, { description: PENALTY_KINDS.join(', ') }) @IsIn(PENALTY_KINDS) kind: PenaltyKind;
  @Field(() => String) @IsDateString({ strict: true }) startedOn: string;
  @Field(() => String, { defaultValue: '' }) @MaxLength(2000) note: string;
}

@InputType()
export class DecidePenaltyInput {
  @Field(() => ID) @IsUUID() penaltyId: string;
  @Field(() => String) @IsDateString({ strict: true }) decidedOn: string;
}

@InputType()
export class OpenInvestigationInput {
  @Field(() => ID) @IsUUID() cadreId: string;
  @Field(() => String) @IsDateString({ strict: true }) startsOn: string;
  @Field(() => String, { defaultValue: '' }) @MaxLength(2000) note: string;
}

@InputType()
export class CloseInvestigationInput {
  @Field(() => ID) @IsUUID() investigationId: string;
  @Field(() => String) @IsDateString({ strict: true }) closedOn: string;
  @Field(() => String, { nullable: true, description: 'The penalty imposed, or null for none' }) @IsOptional() @IsIn(PENALTY_KINDS) penaltyKind?: PenaltyKind | null;
  @Field(() => String) @Length(2, 5000) note: string;
}
