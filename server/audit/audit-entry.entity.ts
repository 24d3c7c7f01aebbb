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
  @Field(() => ID, { description: 'The entry id; later entries have larger ids' })
  id: string;

  @Column({ name: 'entity_type', type: 'text' })
  @Field(() => String, { description: 'The kind of record acted on, e.g. assessment, assessment_cycle, cadre, user, rule_set' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'text' })
  @Field(() => String, { description: 'The id of the record acted on' })
  entityId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Position in the stream of this record, from 1' })
  seq: number;

  /** Organisation path the action happened in; NULL for system-wide rows (root auditors only). */
  @Column({ name: 'scope_path', type: 'text', nullable: true })
  scopePath: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  @Field(() => Date, { description: 'When the action happened' })
  occurredAt: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The user who acted; null for the system (deadlines, jobs)' })
  actorUserId: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The role the user acted in (a Role value, or SYSTEM); null when not recorded' })
  actorRole: string | null;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'What was done: a lifecycle event such as APPROVE_GRADE, or a record change such as ROLE_REVOKED' })
  action: string;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The lifecycle state before the action; null when the record has no lifecycle' })
  fromState: string | null;

  @Column({ name: 'to_state', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The lifecycle state after the action; null when the record has no lifecycle' })
  toState: string | null;

  @Column({ name: 'from_version', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The record version the action started from; unique per record, so one change is logged once' })
  fromVersion: number | null;

  @Column({ type: 'jsonb' })
  @Field(() => GraphQLJSONObject, { description: 'What the action carried: reasons, grades, changed fields, as recorded at the time' })
  payload: Record<string, unknown>;

  @Column({ name: 'prev_hash', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The hash of the previous entry of the same record; null for its first entry' })
  prevHash: string | null;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'SHA-256 over this entry and prevHash: editing any earlier entry breaks the chain' })
  hash: string;
}
