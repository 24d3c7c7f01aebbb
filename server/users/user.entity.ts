import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ROLES, type Role } from '../auth/roles.js';
import { enumObject } from '../common/enum.js';

export const RoleEnum = enumObject(ROLES);
registerEnumType(RoleEnum, { name: 'Role' });

@Entity({ name: 'user_account' })
@ObjectType({ description: 'A person who signs in' })
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'text' })
  @Field(() => String)
  username: string;

  @Column({ name: 'display_name', type: 'text' })
  @Field(() => String)
  displayName: string;

  /** argon2id hash; never leaves the server. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'cadre_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The cadre record of this person, if they are assessed' })
  cadreId: string | null;

  @Column({ name: 'failed_attempts', type: 'int', default: 0 })
  failedAttempts: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Set after repeated failed sign-ins' })
  lockedUntil: Date | null;

  @Column({ type: 'boolean', default: false })
  @Field(() => Boolean)
  disabled: boolean;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int)
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;
}

@Entity({ name: 'role_assignment' })
@ObjectType({ description: 'A role held over an organisation subtree (its jurisdiction)' })
export class RoleAssignment {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  @Field(() => RoleEnum)
  role: Role;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;
}

@Entity({ name: 'auth_session' })
export class AuthSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** sha256 of the bearer token; the token itself is never stored. */
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
