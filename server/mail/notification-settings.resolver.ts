import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { UserAccount } from '../users/user.entity.js';
import { NotificationDeliveryEnum, NotificationSettings, NotificationSettingsInput, type NotificationDelivery } from './notification-settings.types.js';

/** Your e-mail address and delivery choice; a user's address for the system administrator. */
@Resolver(() => UserAccount)
export class NotificationSettingsResolver {
  @Authorized()
  @Query(() => NotificationSettings, { description: 'Where and how your notifications reach you by e-mail' })
  myNotificationSettings(@Ctx() ctx: GraphQLContext) {
    return ctx.services.notificationSettings.mine(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => NotificationSettings, { description: 'Sets your e-mail address and whether notifications come one by one or as a daily digest; VALIDATION for an address that is not one' })
  setMyNotificationSettings(@Arg('input', () => NotificationSettingsInput, { description: 'Your address and delivery' }) input: NotificationSettingsInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.notificationSettings.setMine(ctx.viewer, input);
  }

  @Authorized('user:manage')
  @Mutation(() => UserAccount, { description: 'Sets or removes the e-mail address of a user inside your jurisdiction; VALIDATION for an address that is not one' })
  setUserEmail(
    @Arg('userId', () => ID, { description: 'The account' }) userId: string,
    @Arg('email', () => String, { nullable: true, description: 'The address; null or empty removes it' }) email: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.notificationSettings.setUserEmail(ctx.viewer, userId, email);
  }

  @Authorized('user:manage')
  @FieldResolver(() => String, { nullable: true, description: 'The e-mail address notifications are sent to; null: in-app only' })
  email(@Root() user: UserAccount): string | null {
    return user.email;
  }

  @Authorized('user:manage')
  @FieldResolver(() => NotificationDeliveryEnum, { description: 'One e-mail per notification, or a daily digest' })
  notificationDelivery(@Root() user: UserAccount): NotificationDelivery {
    return user.notificationDelivery;
  }
}
