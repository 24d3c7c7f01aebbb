import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Something that happened to one of your assessments, or a reminder' })
export class NotificationView {
  @Field(() => ID, { description: 'Identifies the notification (pass it to markNotificationsRead)' })
  id: string;

  @Field(() => ID, { nullable: true, description: 'The assessment it is about, if any' })
  assessmentId: string | null;

  @Field(() => String, { description: 'The event that happened (SUBMIT_SELF_REPORT, APPROVE_GRADE, …) or REMINDER' })
  kind: string;

  @Field(() => GraphQLJSONObject, { description: 'The details: the state reached, the task or case, the deadline' })
  payload: object;

  @Field(() => Date, { description: 'When it was sent' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When you marked it read; null while unread' })
  readAt: Date | null;
}

@ObjectType({ description: 'A page of your notifications with the unread count' })
export class NotificationPage {
  @Field(() => [NotificationView], { description: 'The notifications, newest first' })
  nodes: NotificationView[];

  @Field(() => Int, { description: 'How many of all your notifications are unread' })
  unread: number;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for older ones' })
  endCursor: string | null;
}
