import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { IndicatorSchemeVersionView, PublishSchemeInput, SaveSchemeDraftInput } from './indicator.types.js';

/** Indicator schemes: drafts and published versions. */
@Resolver()
export class IndicatorResolver {
  @Authorized('indicator-scheme:read')
  @Query(() => [IndicatorSchemeVersionView], { description: "Every version of a jurisdiction's indicator schemes, with what blocks each draft" })
  indicatorSchemeVersions(@Arg('jurisdictionId', () => ID, { description: 'The jurisdiction whose schemes you read' }) jurisdictionId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.indicators.versions(ctx.viewer, jurisdictionId);
  }

  @Authorized('indicator-scheme:read')
  @Query(() => IndicatorSchemeVersionView, { description: 'One version of an indicator scheme, with what blocks it' })
  indicatorSchemeVersion(@Arg('id', () => ID, { description: 'The version’s id' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.indicators.version(ctx.viewer, id);
  }

  @Authorized('indicator-scheme:write')
  @Mutation(() => IndicatorSchemeVersionView, { description: 'Saves the draft of a scheme (starting one when none is open); problems are listed, not refused' })
  saveIndicatorSchemeDraft(@Arg('input', () => SaveSchemeDraftInput, { description: 'The jurisdiction, category, name, tree and note' }) input: SaveSchemeDraftInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.indicators.saveDraft(ctx.viewer, input);
  }

  @Authorized('indicator-scheme:write')
  @Mutation(() => IndicatorSchemeVersionView, { description: 'Publishes a valid draft from a date; it never changes afterwards' })
  publishIndicatorScheme(@Arg('input', () => PublishSchemeInput, { description: 'The draft and the day it applies from' }) input: PublishSchemeInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.indicators.publish(ctx.viewer, input.versionId, input.effectiveFrom);
  }
}
