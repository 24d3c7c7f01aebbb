import { Args, Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { AuditEntry } from './audit-entry.entity.js';
import { auditSubjectKey } from './audit-subjects.js';
import { AuditEntryConnection, AuditListArgs, ChainVerificationView } from './audit.types.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Display name and username of the actor; null for system actions' })
  actorName(@Root() entry: AuditEntry, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return ctx.services.audit.actorName(entry, ctx.loaders.user);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who or what the record is about, by name: the cadre (or the unit, for a team) of an assessment, case or task, the cycle, the account, the organisation; null where the record has no name',
  })
  subjectName(@Root() entry: AuditEntry, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return ctx.loaders.auditSubject.load(auditSubjectKey(entry.entityType, entry.entityId));
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
