import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Cadre } from '../cadres/cadre.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { CadreRecord, CounterAlert, CounterAlertArgs, CounterAlertConnection } from './record.types.js';

/** A cadre's (or team's) record, and the counter alerts of your jurisdictions. */
@Resolver()
export class OutcomeRecordResolver {
  @Authorized('outcome:read')
  @Query(() => CounterAlertConnection, { description: 'Cadres of your jurisdictions reaching a third consecutive EXCELLENT or a second consecutive BASICALLY_COMPETENT or INCOMPETENT (configured thresholds), or one year from it' })
  outcomeCounterAlerts(@Args(() => CounterAlertArgs) args: CounterAlertArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomeRecords.counterAlerts(ctx.viewer, args, args.first, args.after);
  }

  @Authorized()
  @Query(() => CadreRecord, { description: "A cadre's record (or, with organisationId, a leadership team's): results by year, outcomes, counters" })
  cadreRecord(
    @Ctx() ctx: GraphQLContext,
    @Arg('cadreId', () => ID, { nullable: true, description: 'The cadre whose record you read (or give organisationId)' }) cadreId?: string | null,
    @Arg('organisationId', () => ID, { nullable: true, description: 'For a leadership team' }) organisationId?: string | null,
  ): Promise<CadreRecord> {
    return ctx.services.outcomeRecords.recordView(ctx.viewer, { cadreId, organisationId });
  }
}

@Resolver(() => CounterAlert)
export class CounterAlertResolver {
  @FieldResolver(() => Cadre, { description: 'The cadre the alert is about' })
  async cadre(@Root() row: CounterAlert, @Ctx() ctx: GraphQLContext): Promise<Cadre> {
    return (await ctx.loaders.cadre.load(row.cadreId))!;
  }

  @FieldResolver(() => Organisation, { description: 'The organisation where the cadre sits' })
  async organisation(@Root() row: CounterAlert, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(row.organisationId))!;
  }
}
