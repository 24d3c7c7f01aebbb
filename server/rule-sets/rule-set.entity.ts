import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RuleSettings } from '../../workflows/rules/settings.js';

@Entity({ name: 'rule_set' })
@ObjectType({ description: 'A version of the settings of one jurisdiction, effective from a date. Never changed: a change is a new version.' })
export class RuleSet {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'The rule-set version id; a cycle pins the one it started with' })
  id: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Version number within the jurisdiction: 1, 2, 3… without gaps' })
  version: number;

  @Column({ name: 'effective_from', type: 'date' })
  @Field(() => String, { description: 'The first day these settings apply, YYYY-MM-DD' })
  effectiveFrom: string;

  /** The complete, validated settings (inherited values resolved at publication). */
  @Column({ type: 'jsonb' })
  @Field(() => GraphQLJSONObject, { description: 'Every setting of this version (quotas, weights, deadlines, gates…), complete: inherited values are filled in' })
  settings: RuleSettings;

  @Column({ type: 'text', default: '' })
  @Field(() => String, { description: 'Why this version was published, e.g. the document that changed the rules; may be empty' })
  note: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date, { description: 'When the version was published' })
  createdAt: Date;
}
