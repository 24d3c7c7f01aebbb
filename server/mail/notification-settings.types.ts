import { IsIn, IsOptional } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { describeValues, enumObject } from '../common/enum.js';

export const NOTIFICATION_DELIVERIES = ['IMMEDIATE', 'DAILY_DIGEST'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];
export const NotificationDeliveryEnum = enumObject(NOTIFICATION_DELIVERIES);
registerEnumType(NotificationDeliveryEnum, {
  name: 'NotificationDelivery',
  description: 'How notifications reach a person by e-mail, besides the in-app list',
  valuesConfig: describeValues(NotificationDeliveryEnum, {
    IMMEDIATE: 'One e-mail per notification, as it happens',
    DAILY_DIGEST: 'One e-mail a day with all notifications of the Beijing day before, at the configured hour',
  }),
});

@ObjectType({ description: 'Where and how your notifications reach you by e-mail' })
export class NotificationSettings {
  @Field(() => String, { nullable: true, description: 'Your e-mail address; null: notifications stay in the app' })
  email: string | null;

  @Field(() => NotificationDeliveryEnum, { description: 'One e-mail per notification, or a daily digest' })
  delivery: NotificationDelivery;

  @Field(() => Boolean, { description: 'Whether this server sends e-mail at all (an SMTP server is configured); when false, notifications stay in the app' })
  mailEnabled: boolean;

  @Field(() => Int, { description: 'The Beijing hour (0–23) at which daily digests go out' })
  digestHour: number;
}

@InputType({ description: 'Your e-mail address and how notifications reach you' })
export class NotificationSettingsInput {
  @Field(() => String, { nullable: true, description: 'Your e-mail address (at most 254 characters); null or empty removes it' })
  @IsOptional()
  email?: string | null;

  @Field(() => NotificationDeliveryEnum, { description: 'One e-mail per notification, or a daily digest' })
  @IsIn(NOTIFICATION_DELIVERIES)
  delivery: NotificationDelivery;
}
