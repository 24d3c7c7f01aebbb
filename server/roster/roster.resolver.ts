import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../common/pagination.js';
import type { GraphQLContext } from '../graphql/context.js';
import { ApplyRosterImportArgs, RosterDifferenceArgs, RosterDifferencePage, RosterImportErrorPage, RosterImportView } from './roster.types.js';

/** Roster imports: the preview of an uploaded file (POST /imports/roster), applying and discarding it. */
@Resolver(() => RosterImportView)
export class RosterImportResolver {
  @Authorized('roster:import')
  @Query(() => RosterImportView, { description: 'A roster import: status, counts; its refused lines and its differences page by page' })
  rosterImport(@Arg('id', () => ID, { description: 'The import id POST /imports/roster answered' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.rosterImports.get(ctx.viewer, id);
  }

  @FieldResolver(() => RosterImportErrorPage, { description: 'The refused lines, by sheet and line, each reason with its code' })
  errors(@Root() root: RosterImportView, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.rosterImports.errors(ctx.viewer, root.id, args.first, args.after ?? null);
  }

  @FieldResolver(() => RosterDifferencePage, { description: 'What applying would change (or changed), record by record' })
  differences(@Root() root: RosterImportView, @Args(() => RosterDifferenceArgs) args: RosterDifferenceArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.rosterImports.differences(ctx.viewer, root.id, args.kind ?? null, args.first, args.after ?? null);
  }

  @Authorized('roster:import')
  @Mutation(() => RosterImportView, { description: 'Applies a valid roster import in one transaction; CONFLICT when the roster changed since its preview' })
  applyRosterImport(@Args(() => ApplyRosterImportArgs) args: ApplyRosterImportArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.rosterImports.apply(ctx.viewer, args.id, args.expectedVersion ?? null);
  }

  @Authorized('roster:import')
  @Mutation(() => RosterImportView, { description: 'Discards a roster import without applying it' })
  discardRosterImport(@Arg('id', () => ID, { description: 'The import' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.rosterImports.discard(ctx.viewer, id);
  }
}
