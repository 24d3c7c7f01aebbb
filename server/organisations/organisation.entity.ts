import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import {
  ORGANISATION_CATEGORIES,
  ORGANISATION_KINDS,
  type OrganisationCategory,
  type OrganisationKind,
} from '../../workflows/org/categories.js';
import { enumObject } from '../common/enum.js';

export const OrganisationKindEnum = enumObject(ORGANISATION_KINDS);
export const OrganisationCategoryEnum = enumObject(ORGANISATION_CATEGORIES);
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind', description: 'Where an organisation sits in the tree' });
registerEnumType(OrganisationCategoryEnum, {
  name: 'OrganisationCategory',
  description: '分级分类考核: the category picks the indicator scheme and weights',
});

@Entity({ name: 'organisation' })
@ObjectType({ description: 'An organisation (region, department, institution, enterprise or internal unit) in the tree' })
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'Stable short code, unique' })
  code: string;

  @Column({ type: 'text' })
  @Field(() => String)
  name: string;

  @Column({ type: 'text' })
  @Field(() => OrganisationKindEnum)
  kind: OrganisationKind;

  @Column({ type: 'text' })
  @Field(() => OrganisationCategoryEnum)
  category: OrganisationCategory;

  /** Materialised path of ids, `/root/…/self/`; a subtree is `path LIKE prefix%`. */
  @Column({ type: 'text' })
  path: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '0 for the root' })
  depth: number;

  /** 限制开发区域 / 生态脆弱区: GDP weighs 0 here (DOMAIN.md §4). */
  @Column({ name: 'restricted_development', type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Restricted-development or ecologically fragile zone: GDP weighs 0' })
  restrictedDevelopment: boolean;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int)
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;
}
