import { ArrayMaxSize, ArrayNotEmpty, IsIn, IsUUID, ValidateNested } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { RATER_GROUPS, type RaterGroup } from '../../workflows/rules/settings.js';
import type { GraphQLContext } from '../graphql/context.js';

@ObjectType({ description: 'A user holding RATER who may be invited' })
class RaterCandidateView {
  @Field(() => ID) userId: string;
  @Field(() => String) displayName: string;
  @Field(() => String) username: string;
  @Field(() => String, { description: 'Where the RATER role is held' }) organisationName: string;
  @Field(() => String, { nullable: true, description: "The linked cadre's post" }) post: string | null;
}

@ObjectType()
class RaterCandidatePage {
  @Field(() => [RaterCandidateView]) items: RaterCandidateView[];
  @Field(() => Int, { description: 'How many match in all' }) totalCount: number;
}

@ObjectType()
class GroupCount {
  @Field(() => String, { description: RATER_GROUPS.join(', ') }) group: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'Invitations and turnout of one assessment: counts only, never who voted how' })
class AssessmentTurnoutView {
  @Field(() => ID) assessmentId: string;
  @Field(() => String) kind: string;
  @Field(() => String) state: string;
  @Field(() => String, { nullable: true, description: 'The cadre; null for the leadership team' }) cadreName: string | null;
  @Field(() => String) organisationName: string;
  @Field(() => String, { nullable: true }) post: string | null;
  @Field(() => Boolean, { description: 'Raters may be invited now (ballots pending or open, inside your jurisdiction)' }) invitable: boolean;
  @Field(() => [GroupCount], { description: 'Invited raters per group' }) invited: GroupCount[];
  @Field(() => Int) invitedTotal: number;
  @Field(() => Int, { description: 'Ballots returned' }) returned: number;
  @Field(() => Number) turnoutPercent: number;
  @Field(() => Number, { description: "The cycle's minimum turnout for a valid evaluation" }) minimumTurnoutPercent: number;
}

@ObjectType()
class BulkInviteResultView {
  @Field(() => Int, { description: 'Invitations created' }) added: number;
  @Field(() => Int, { description: 'Pairs already invited, left as they were' }) alreadyInvited: number;
  @Field(() => Int, { description: 'Pairs left out: nobody rates their own assessment' }) skippedSelf: number;
}

@InputType()
class GroupedRaterInput {
  @Field(() => ID) @IsUUID() userId: string;
  @Field(() => String, { description: RATER_GROUPS.join(', ') }) @IsIn(RATER_GROUPS) group: RaterGroup;
}

@InputType()
class InviteRatersToAssessmentsInput {
  @Field(() => [ID]) @ArrayNotEmpty() @ArrayMaxSize(200) @IsUUID('all', { each: true }) assessmentIds: string[];
  @Field(() => [GroupedRaterInput]) @ArrayNotEmpty() @ArrayMaxSize(500) @ValidateNested({ each: true }) raters: GroupedRaterInput[];
}

@Resolver()
export class RaterResolver {
  @Authorized('evaluation:manage')
  @Query(() => RaterCandidatePage, { description: 'Users holding RATER inside your jurisdiction, optionally under one organisation, matching a name, post or organisation' })
  raterCandidates(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('organisationId', () => ID, { nullable: true }) organisationId: string | null,
    @Arg('first', () => Int, { defaultValue: 30 }) first: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.raters.candidates(ctx.viewer, { search: search?.slice(0, 100) ?? null, organisationId, first: Math.min(Math.max(first, 1), 100) });
  }

  @Authorized('evaluation:manage')
  @Query(() => [AssessmentTurnoutView], { description: "A unit's assessments in a cycle with the raters invited per group and the turnout (counts only)" })
  raterTurnout(@Arg('cycleId', () => ID) cycleId: string, @Arg('organisationId', () => ID) organisationId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.raters.turnout(ctx.viewer, cycleId, organisationId);
  }

  @Authorized('evaluation:manage')
  @Mutation(() => BulkInviteResultView, { description: 'Invites the same raters, each in a group, to many assessments at once; all or nothing' })
  inviteRatersToAssessments(@Arg('input', () => InviteRatersToAssessmentsInput) input: InviteRatersToAssessmentsInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.raters.inviteMany(ctx.viewer, input.assessmentIds, input.raters);
  }
}
