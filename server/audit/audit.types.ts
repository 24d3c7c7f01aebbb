import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../common/pagination.js';
import { AuditEntry } from './audit-entry.entity.js';

export const AuditEntryConnection = Connection(AuditEntry, 'AuditEntry');

@ArgsType()
export class AuditListArgs extends PageArgs {
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
export class ChainVerificationView {
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
