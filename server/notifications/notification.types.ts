import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Something that happened to one of your assessments, or a reminder' })
export class NotificationView {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  assessmentId: string | null;

  @Field(() => String, { description: 'The event that happened (SUBMIT_SELF_REPORT, APPROVE_GRADE, …) or REMINDER' })
  kind: string;

  @Field(() => GraphQLJSONObject)
  payload: object;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

@ObjectType()
export class NotificationPage {
  @Field(() => [NotificationView])
  nodes: NotificationView[];

  @Field(() => Int)
  unread: number;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for older ones' })
  endCursor: string | null;
}
