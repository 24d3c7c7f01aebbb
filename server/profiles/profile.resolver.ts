import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Cadre } from '../cadres/cadre.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { ProfileYear } from './profile.service.js';
import { ProfileYearView } from './profile.types.js';

@Resolver()
export class ProfileResolver {
  @Authorized()
  @Query(() => [ProfileYearView], { description: "A cadre's profile (画像) over the years, oldest first (the cadre may read their own)" })
  cadreProfile(@Arg('cadreId', () => ID, { description: 'The cadre whose profile to read: yourself, or a cadre inside your jurisdiction' }) cadreId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.profiles.cadre(ctx.viewer, cadreId);
  }

  @Authorized('assessment:read')
  @Query(() => [ProfileYearView], { description: "A leadership team's profile (画像) over the years, oldest first" })
  teamProfile(@Arg('organisationId', () => ID, { description: 'The organisation whose leadership team is profiled' }) organisationId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.profiles.team(ctx.viewer, organisationId);
  }
}

@Resolver(() => Cadre)
export class CadreProfileResolver {
  @FieldResolver(() => [ProfileYearView], { description: 'The profile (画像) over the years, oldest first; batched across a list' })
  profile(@Root() cadre: Cadre, @Ctx() ctx: GraphQLContext): Promise<ProfileYear[]> {
    return ctx.services.profiles.cadreInBatch(ctx.viewer, cadre, ctx.loaders);
  }
}
