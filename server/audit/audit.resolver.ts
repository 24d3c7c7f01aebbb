import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Args, ArgsType, Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs } from '../common/pagination.js';
import type { GraphQLContext } from '../graphql/context.js';
import { AuditEntry } from './audit-entry.entity.js';

export const AuditEntryConnection = Connection(AuditEntry, 'AuditEntry');

@ArgsType()
class AuditListArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  entityId?: string | null;

  @Field(() => ID, { nullable: true })
  actorUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'Matches the actor’s username or display name' })
  @IsOptional()
  @MaxLength(64)
  actor?: string | null;

  @Field(() => ID, { nullable: true, description: 'Rows of this organisation and its subtree (inside your jurisdiction)' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  action?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}

@ObjectType({ description: 'The outcome of recomputing the hash chain' })
class ChainVerificationView {
  @Field(() => Boolean)
  ok: boolean;

  @Field(() => Int)
  rowsChecked: number;

  @Field(() => Int)
  streamsChecked: number;

  @Field(() => ID, { nullable: true })
  brokenEntryId: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Display name and username of the actor; null for system actions' })
  async actorName(@Root() entry: AuditEntry, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (!entry.actorUserId) return null;
    const user = await ctx.loaders.user.load(entry.actorUserId);
    return user ? `${user.displayName} (${user.username})` : null;
  }

  @Authorized('audit:read')
  @Query(() => AuditEntryConnection, { description: 'The audit trail of your jurisdiction, newest first' })
  auditLog(@Args(() => AuditListArgs) args: AuditListArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.audit.list(ctx.viewer, args, args.first, args.after);
  }

  @Authorized('audit:read')
  @Query(() => ChainVerificationView, { description: 'Recomputes the hash chain: the whole log, or one record when both arguments are given' })
  verifyAuditChain(
    @Ctx() ctx: GraphQLContext,
    @Arg('entityType', () => String, { nullable: true }) entityType?: string | null,
    @Arg('entityId', () => String, { nullable: true }) entityId?: string | null,
  ) {
    return ctx.services.audit.verify(ctx.viewer, entityType && entityId ? { entityType, entityId } : undefined);
  }
}
