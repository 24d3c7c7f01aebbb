import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row of the append-only audit log. Rows form a hash chain per stream
 * (entity_type, entity_id): `hash = sha256(canonical(row) + prev_hash)`.
 * Per-stream chains keep writers of different records from queueing on one
 * global lock, and let each record's trail be verified on its own.
 */
@Entity({ name: 'audit_log' })
@ObjectType({ description: 'An audit-trail entry: who did what to which record, when, and the resulting state' })
export class AuditEntry {
  @PrimaryColumn({ type: 'bigint', generated: 'identity' })
  @Field(() => ID)
  id: string;

  @Column({ name: 'entity_type', type: 'text' })
  @Field(() => String)
  entityType: string;

  @Column({ name: 'entity_id', type: 'text' })
  @Field(() => String)
  entityId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Position in the stream of this record, from 1' })
  seq: number;

  /** Organisation path the action happened in; NULL for system-wide rows (root auditors only). */
  @Column({ name: 'scope_path', type: 'text', nullable: true })
  scopePath: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  @Field(() => Date)
  occurredAt: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  actorRole: string | null;

  @Column({ type: 'text' })
  @Field(() => String)
  action: string;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  fromState: string | null;

  @Column({ name: 'to_state', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  toState: string | null;

  @Column({ name: 'from_version', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true })
  fromVersion: number | null;

  @Column({ type: 'jsonb' })
  @Field(() => GraphQLJSONObject)
  payload: Record<string, unknown>;

  @Column({ name: 'prev_hash', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  prevHash: string | null;

  @Column({ type: 'text' })
  @Field(() => String)
  hash: string;
}
