import { IsDateString, IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PENALTY_KINDS, type PenaltyKind } from '../../../workflows/rules/settings.js';
import type { InvestigationRow, PenaltyRow } from './penalty.service.js';

@ObjectType({ description: 'A party or government sanction or organisational handling, with its dates and period' })
export class Penalty implements PenaltyRow {
  @Field(() => ID, { description: 'The penalty’s id' }) id: string;
  @Field(() => ID, { description: 'The cadre sanctioned' }) cadreId: string;
  @Field(() => String, { description: 'The sanction or handling (a PenaltyKind, e.g. WARNING, DEMERIT, DISMISSAL)' }) kind: string;
  @Field(() => String, { nullable: true, description: 'PARTY_DISCIPLINE, GOVERNMENT_SANCTION or ORGANISATIONAL_HANDLING' }) category: string | null;
  @Field(() => String, { nullable: true, description: 'When accountability started' }) startedOn: string | null;
  @Field(() => String, { nullable: true, description: 'Null while undecided' }) decidedOn: string | null;
  @Field(() => String, { nullable: true, description: 'Last day of the sanction period' }) effectiveUntil: string | null;
  @Field(() => Boolean, { description: 'Exempted by a fault-tolerance decision: counts against nobody' }) tolerated: boolean;
  @Field(() => ID, { nullable: true, description: 'The lighter sanction that replaced it (fault tolerance, MITIGATED)' }) replacedBy: string | null;
  @Field(() => String, { description: 'What the sanction was for, as recorded' }) note: string;
  orgPath: string;
  organisationId: string;
}

@ObjectType({ description: '立案审查: an investigation and how it closed' })
export class Investigation implements InvestigationRow {
  @Field(() => ID, { description: 'The investigation’s id' }) id: string;
  @Field(() => ID, { description: 'The cadre under investigation' }) cadreId: string;
  @Field(() => String, { description: 'The day the investigation opened' }) startsOn: string;
  @Field(() => String, { nullable: true, description: 'The day it closed; null while open' }) endsOn: string | null;
  @Field(() => String, { nullable: true, description: 'NO_PENALTY or PENALTY' }) conclusion: string | null;
  @Field(() => ID, { nullable: true, description: 'The penalty imposed when it closed with one' }) penaltyId: string | null;
  @Field(() => String, { description: 'The conclusion’s note, or the opening note while open' }) note: string;
  orgPath: string;
}

@ObjectType({ description: 'Something that blocks a promotion today — or, among the disregarded, something that never does, and why' })
export class PromotionBlockerView {
  @Field(() => String, { description: 'PENALTY_PERIOD, OPEN_INVESTIGATION or SUBSTANTIATED_ACCUSATION' }) kind: string;
  @Field(() => ID, { description: 'The penalty, investigation or accusation' }) recordId: string;
  @Field(() => String, { nullable: true, description: 'The day the record started to count' }) since: string | null;
  @Field(() => String, { nullable: true, description: 'The last day it counts; null when open-ended' }) until: string | null;
  @Field(() => String, { description: 'Why it blocks (or never does), in words' }) explanation: string;
}

@ObjectType({ description: 'What blocks a cadre’s promotion today: sanction periods in force, open investigations, substantiated accusations. Tolerated or replaced sanctions and cleared accusations never do' })
export class PromotionBlockers {
  @Field(() => Boolean, { description: 'True when anything blocks' }) blocked: boolean;
  @Field(() => [PromotionBlockerView], { description: 'What blocks a promotion today' }) blockers: PromotionBlockerView[];
  @Field(() => [PromotionBlockerView], { description: 'Records that never count: exempted or replaced sanctions, cleared accusations' }) disregarded: PromotionBlockerView[];
}

@InputType({ description: 'Accountability or a sanction procedure starts against a cadre' })
export class StartAccountabilityInput {
  @Field(() => ID, { description: 'The cadre held accountable' }) @IsUUID() cadreId: string;
  @Field(() => String, { description: PENALTY_KINDS.join(', ') }) @IsIn(PENALTY_KINDS) kind: PenaltyKind;
  @Field(() => String, { description: 'The day the procedure started (YYYY-MM-DD)' }) @IsDateString({ strict: true }) startedOn: string;
  @Field(() => String, { defaultValue: '', description: 'What the procedure is about' }) @MaxLength(2000) note: string;
}

@InputType({ description: 'The decision of a pending sanction' })
export class DecidePenaltyInput {
  @Field(() => ID, { description: 'The pending penalty' }) @IsUUID() penaltyId: string;
  @Field(() => String, { description: 'The day the sanction was decided (YYYY-MM-DD): its period runs from it' }) @IsDateString({ strict: true }) decidedOn: string;
}

@InputType({ description: 'Opens an investigation (立案审查) of a cadre' })
export class OpenInvestigationInput {
  @Field(() => ID, { description: 'The cadre investigated' }) @IsUUID() cadreId: string;
  @Field(() => String, { description: 'The day the investigation opened (YYYY-MM-DD)' }) @IsDateString({ strict: true }) startsOn: string;
  @Field(() => String, { defaultValue: '', description: 'What the investigation is about' }) @MaxLength(2000) note: string;
}

@InputType({ description: 'Closes an investigation with its conclusion' })
export class CloseInvestigationInput {
  @Field(() => ID, { description: 'The open investigation' }) @IsUUID() investigationId: string;
  @Field(() => String, { description: 'The day it closed (YYYY-MM-DD)' }) @IsDateString({ strict: true }) closedOn: string;
  @Field(() => String, { nullable: true, description: 'The penalty imposed, or null for none' }) @IsOptional() @IsIn(PENALTY_KINDS) penaltyKind?: PenaltyKind | null;
  @Field(() => String, { description: 'The conclusion, in words' }) @Length(2, 5000) note: string;
}
