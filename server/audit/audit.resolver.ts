import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Args, ArgsType, Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs } from '../common/pagination.js';
import type { GraphQLContext } from '../graphql/context.js';
import { AuditEntry } from './audit-entry.entity.js';

export const AuditEntryConnection = Connection(AuditEntry, 'AuditEntry');

@ArgsType()
class AuditListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only entries about this kind of record, e.g. assessment' })
  @IsOptional()
  @MaxLength(64)
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries about the record with this id' })
  @IsOptional()
  @MaxLength(64)
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries by this user' })
  actorUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries by users whose username or display name contains this, ignoring case' })
  @IsOptional()
  @MaxLength(64)
  actor?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries of this organisation and its subtree (inside your jurisdiction)' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries of this action, e.g. APPROVE_GRADE' })
  @IsOptional()
  @MaxLength(64)
  action?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only entries at or after this instant' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only entries before this instant' })
  to?: Date | null;
}

@ObjectType({ description: 'The outcome of recomputing the hash chain' })
class ChainVerificationView {
  @Field(() => Boolean, { description: 'True when every hash checked matches: nothing was altered or removed' })
  ok: boolean;

  @Field(() => Int, { description: 'How many entries were checked' })
  rowsChecked: number;

  @Field(() => Int, { description: 'How many records’ trails (chains) were checked' })
  streamsChecked: number;

  @Field(() => ID, { nullable: true, description: 'The first entry whose hash or link does not match; null when ok' })
  brokenEntryId: string | null;

  @Field(() => String, { nullable: true, description: 'What does not match at brokenEntryId; null when ok' })
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
    @Arg('entityType', () => String, { nullable: true, description: 'The kind of the one record to verify, with entityId' }) entityType?: string | null,
    @Arg('entityId', () => String, { nullable: true, description: 'The id of the one record to verify, with entityType' }) entityId?: string | null,
  ) {
    return ctx.services.audit.verify(ctx.viewer, entityType && entityId ? { entityType, entityId } : undefined);
  }
}
