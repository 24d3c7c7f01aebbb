import { ArrayMaxSize, ArrayNotEmpty, IsIn, IsUUID, ValidateNested } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { RATER_GROUPS, type RaterGroup } from '../../workflows/rules/settings.js';
import type { GraphQLContext } from '../graphql/context.js';

@ObjectType({ description: 'A user holding RATER who may be invited' })
class RaterCandidateView {
  @Field(() => ID, { description: 'The user to invite' }) userId: string;
  @Field(() => String, { description: 'The name shown to other users' }) displayName: string;
  @Field(() => String, { description: 'The name the user signs in with' }) username: string;
  @Field(() => String, { description: 'Where the RATER role is held' }) organisationName: string;
  @Field(() => String, { nullable: true, description: "The post of the user's cadre record; null when the user is not a cadre" }) post: string | null;
}

@ObjectType({ description: 'The first candidates matching a search, and how many match in all' })
class RaterCandidatePage {
  @Field(() => [RaterCandidateView], { description: 'The candidates, by organisation and name' }) items: RaterCandidateView[];
  @Field(() => Int, { description: 'How many match in all' }) totalCount: number;
}

@ObjectType({ description: 'How many raters of one rater group are invited' })
class GroupCount {
  @Field(() => String, { description: `The rater group: ${RATER_GROUPS.join(', ')}` }) group: string;
  @Field(() => Int, { description: 'Invited raters in the group' }) count: number;
}

@ObjectType({ description: 'Invitations and turnout of one assessment: counts only, never who voted how' })
class AssessmentTurnoutView {
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
class BulkInviteResultView {
  @Field(() => Int, { description: 'Invitations created' }) added: number;
  @Field(() => Int, { description: 'Pairs already invited, left as they were' }) alreadyInvited: number;
  @Field(() => Int, { description: 'Pairs left out: nobody rates their own assessment' }) skippedSelf: number;
}

@InputType({ description: 'A rater and the group they rate in' })
class GroupedRaterInput {
  @Field(() => ID, { description: 'A user holding RATER inside your jurisdiction' }) @IsUUID() userId: string;
  @Field(() => String, { description: `The rater group, whose weight counts their ballot: ${RATER_GROUPS.join(', ')}` }) @IsIn(RATER_GROUPS) group: RaterGroup;
}

@InputType({ description: 'The same raters invited to many assessments' })
class InviteRatersToAssessmentsInput {
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

@Resolver()
export class RaterResolver {
  @Authorized('evaluation:manage')
  @Query(() => RaterCandidatePage, { description: 'Users holding RATER inside your jurisdiction, optionally under one organisation, matching a name, post or organisation' })
  raterCandidates(
    @Arg('search', () => String, { nullable: true, description: 'Part of a name, username, post or organisation name, ignoring case' }) search: string | null,
    @Arg('organisationId', () => ID, { nullable: true, description: 'Only raters holding the role in this organisation or below it' }) organisationId: string | null,
    @Arg('first', () => Int, { defaultValue: 30, description: 'How many candidates to return, 1 to 100' }) first: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.raters.candidates(ctx.viewer, { search: search?.slice(0, 100) ?? null, organisationId, first: Math.min(Math.max(first, 1), 100) });
  }

  @Authorized('evaluation:manage')
  @Query(() => [AssessmentTurnoutView], { description: "A unit's assessments in a cycle with the raters invited per group and the turnout (counts only)" })
  raterTurnout(
    @Arg('cycleId', () => ID, { description: 'The cycle whose evaluations to show' }) cycleId: string,
    @Arg('organisationId', () => ID, { description: 'The unit: its leadership team and its cadres' }) organisationId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.raters.turnout(ctx.viewer, cycleId, organisationId);
  }

  @Authorized('evaluation:manage')
  @Mutation(() => BulkInviteResultView, { description: 'Invites the same raters, each in a group, to many assessments at once; all or nothing' })
  inviteRatersToAssessments(
    @Arg('input', () => InviteRatersToAssessmentsInput, { description: 'The assessments and the raters with their groups' }) input: InviteRatersToAssessmentsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.raters.inviteMany(ctx.viewer, input.assessmentIds, input.raters);
  }
}
