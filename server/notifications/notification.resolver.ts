import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../common/pagination.js';
import { returnedRows } from '../common/sql.js';
import type { GraphQLContext } from '../graphql/context.js';

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
class NotificationPage {
  @Field(() => [NotificationView])
  nodes: NotificationView[];

  @Field(() => Int)
  unread: number;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for older ones' })
  endCursor: string | null;
}

interface Row {
  id: string;
  assessment_id: string | null;
  kind: string;
  payload: object;
  created_at: Date;
  read_at: Date | null;
}

@Resolver()
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationPage, { description: 'Your notifications, newest first' })
  async myNotifications(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphQLContext): Promise<NotificationPage> {
    const userId = ctx.viewer!.userId;
    const rows: Row[] = await ctx.dataSource.query(
      `SELECT id, assessment_id, kind, payload, created_at, read_at FROM notification
        WHERE user_id = $1 AND ($2::bigint IS NULL OR id < $2::bigint) ORDER BY id DESC LIMIT $3`,
      [userId, args.after ?? null, args.first],
    );
    const [{ unread }] = (await ctx.dataSource.query(`SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND read_at IS NULL`, [userId])) as [{ unread: number }];
    return {
      nodes: rows.map((r) => ({ id: String(r.id), assessmentId: r.assessment_id, kind: r.kind, payload: r.payload, createdAt: r.created_at, readAt: r.read_at })),
      unread,
      endCursor: rows.length === args.first ? String(rows.at(-1)!.id) : null,
    };
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks your notifications read (all when no ids are given); returns how many changed' })
  async markNotificationsRead(@Ctx() ctx: GraphQLContext, @Arg('ids', () => [ID], { nullable: true }) ids?: string[] | null): Promise<number> {
    const rows = returnedRows<{ id: string }>(await ctx.dataSource.query(
      `UPDATE notification SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL AND ($3::bigint[] IS NULL OR id = ANY($3::bigint[])) RETURNING id`,
      [ctx.viewer!.userId, ctx.now(), ids ?? null],
    ));
    return rows.length;
  }
}
