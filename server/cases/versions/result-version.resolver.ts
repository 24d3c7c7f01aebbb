import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Assessment } from '../../assessments/assessment.entity.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { ResultVersion } from './result-version.types.js';

/** The versions of a final result, on the assessment and by id. */
@Resolver(() => Assessment)
export class ResultVersionResolver {
  @FieldResolver(() => [ResultVersion], { description: 'The versions of the final result, oldest first' })
  resultVersions(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return ctx.services.resultVersions.resultVersionsOf([row.id]);
  }

  @Authorized()
  @Query(() => [ResultVersion], { description: 'The versions of an assessment’s final result' })
  resultVersionsOf(@Arg('assessmentId', () => ID, { description: 'The assessment whose result versions you read' }) assessmentId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.resultVersions.resultVersions(ctx.viewer, assessmentId);
  }
}
