import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../common/pagination.js';
import type { GraphQLContext } from '../graphql/context.js';
import { NotificationPage } from './notification.types.js';

/** Your notifications and marking them read. */
@Resolver()
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationPage, { description: 'Your notifications, newest first' })
  myNotifications(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphQLContext): Promise<NotificationPage> {
    return ctx.services.notifications.mine(ctx.viewer, args.first, args.after ?? null);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks your notifications read (all when no ids are given); returns how many changed' })
  markNotificationsRead(@Ctx() ctx: GraphQLContext, @Arg('ids', () => [ID], { nullable: true, description: 'The notifications to mark; all unread ones when omitted' }) ids?: string[] | null): Promise<number> {
    return ctx.services.notifications.markRead(ctx.viewer, ids ?? null, ctx.now());
  }
}
