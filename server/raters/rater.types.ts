import { ArrayMaxSize, ArrayNotEmpty, IsIn, IsUUID, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { RATER_GROUPS, type RaterGroup } from '../../workflows/rules/settings.js';

@ObjectType({ description: 'A user holding RATER who may be invited' })
export class RaterCandidateView {
  @Field(() => ID, { description: 'The user to invite' }) userId: string;
  @Field(() => String, { description: 'The name shown to other users' }) displayName: string;
  @Field(() => String, { description: 'The name the user signs in with' }) username: string;
  @Field(() => String, { description: 'Where the RATER role is held' }) organisationName: string;
  @Field(() => String, { nullable: true, description: "The post of the user's cadre record; null when the user is not a cadre" }) post: string | null;
}

@ObjectType({ description: 'The first candidates matching a search, and how many match in all' })
export class RaterCandidatePage {
  @Field(() => [RaterCandidateView], { description: 'The candidates, by organisation and name' }) items: RaterCandidateView[];
  @Field(() => Int, { description: 'How many match in all' }) totalCount: number;
}

@ObjectType({ description: 'How many raters of one rater group are invited' })
export class GroupCount {
  @Field(() => String, { description: `The rater group: ${RATER_GROUPS.join(', ')}` }) group: string;
  @Field(() => Int, { description: 'Invited raters in the group' }) count: number;
}

@ObjectType({ description: 'Invitations and turnout of one assessment: counts only, never who voted how' })
export class AssessmentTurnoutView {
  @Field(() => ID, { description: 'The assessment rated' }) assessmentId: string;
  @Field(() => String, { description: 'The kind of assessment, e.g. CADRE_ANNUAL or TEAM_ANNUAL' }) kind: string;
  @Field(() => String, { description: 'Its lifecycle state now' }) state: string;
  @Field(() => String, { nullable: true, description: 'The cadre; null for the leadership team' }) cadreName: string | null;
  @Field(() => String, { description: 'The unit assessed or the cadre belongs to' }) organisationName: string;
  @Field(() => String, { nullable: true, description: "The cadre's post; null for the leadership team" }) post: string | null;
  @Field(() => Boolean, { description: 'Raters may be invited now (ballots pending or open, inside your jurisdiction)' }) invitable: boolean;
  @Field(() => [GroupCount], { description: 'Invited raters per group' }) invited: GroupCount[];
  @Field(() => Int, { description: 'Invited raters over all groups' }) invitedTotal: number;
  @Field(() => Int, { description: 'Ballots returned' }) returned: number;
  @Field(() => Number, { description: 'Ballots returned per invited rater, in percent; 0 while nobody is invited' }) turnoutPercent: number;
  @Field(() => Number, { description: "The cycle's minimum turnout for a valid evaluation" }) minimumTurnoutPercent: number;
}

@ObjectType({ description: 'What a bulk invitation did, pair by pair of rater and assessment' })
export class BulkInviteResultView {
  @Field(() => Int, { description: 'Invitations created' }) added: number;
  @Field(() => Int, { description: 'Pairs already invited, left as they were' }) alreadyInvited: number;
  @Field(() => Int, { description: 'Pairs left out: nobody rates their own assessment' }) skippedSelf: number;
}

@InputType({ description: 'A rater and the group they rate in' })
export class GroupedRaterInput {
  @Field(() => ID, { description: 'A user holding RATER inside your jurisdiction' }) @IsUUID() userId: string;
  @Field(() => String, { description: `The rater group, whose weight counts their ballot: ${RATER_GROUPS.join(', ')}` }) @IsIn(RATER_GROUPS) group: RaterGroup;
}

@InputType({ description: 'The same raters invited to many assessments' })
export class InviteRatersToAssessmentsInput {
  @Field(() => [ID], { description: 'The assessments to rate, 1 to 200' })
  @ArrayNotEmpty()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  assessmentIds: string[];
  @Field(() => [GroupedRaterInput], { description: 'The raters with their groups, 1 to 500' })
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  raters: GroupedRaterInput[];
}
