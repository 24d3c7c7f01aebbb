import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RuleSettings } from '../../workflows/rules/settings.js';

@Entity({ name: 'rule_set' })
@ObjectType({ description: 'A version of the settings of one jurisdiction, effective from a date. Never changed: a change is a new version.' })
export class RuleSet {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId: string;

  @Column({ type: 'int' })
  @Field(() => Int)
  version: number;

  @Column({ name: 'effective_from', type: 'date' })
  @Field(() => String, { description: 'YYYY-MM-DD' })
  effectiveFrom: string;

  /** The complete, validated settings (inherited values resolved at publication). */
  @Column({ type: 'jsonb' })
  @Field(() => GraphQLJSONObject)
  settings: RuleSettings;

  @Column({ type: 'text', default: '' })
  @Field(() => String)
  note: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;
}
