import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ROLES, type Role } from '../auth/roles.js';
import { describeValues, enumObject } from '../common/enum.js';

export const RoleEnum = enumObject(ROLES);
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a user may do; every role is held over an organisation subtree, its jurisdiction',
  valuesConfig: describeValues(RoleEnum, {
    ORG_ADMIN: 'Organisation department (组织部门): opens and runs cycles, rule sets and indicator schemes',
    ASSESSOR: 'Assessment team (考核组): evaluates, gathers facts and proposes grades',
    RATER: 'Rater (测评人): casts democratic-evaluation ballots when invited',
    CADRE: 'The assessed cadre (干部本人): writes the self-report, signs the result, may ask for review or appeal',
    COMMITTEE: 'Party committee member (党委(党组)成员): approves, changes or sends back grade proposals',
    DISCIPLINE: 'Discipline inspection (纪检监察): records penalties, investigations and accusations',
    HR: 'Personnel department (人事部门): keeps cadre records and carries out results',
    AUDITOR: 'Auditor (审计查阅): reads everything in the jurisdiction, including the audit trail, and changes nothing',
    SYSTEM_ADMIN: 'System administrator (系统管理员): manages user accounts and roles only, with no business role',
    DEPARTMENT: 'Business-assessment department (业务考核部门): held at the department itself, enters the results of the business assessments it runs for the units of the region it serves',
  }),
});

@Entity({ name: 'user_account' })
@ObjectType({ description: 'A person who signs in' })
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'The account id, as used in assignRole and unlockUser' })
  id: string;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'The name the person signs in with, unique' })
  username: string;

  @Column({ name: 'display_name', type: 'text' })
  @Field(() => String, { description: 'The name shown to other users' })
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
  @Field(() => Date, { nullable: true, description: 'Sign-in is refused until then, after repeated failed attempts; null when not locked' })
  lockedUntil: Date | null;

  @Column({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'A disabled account cannot sign in and its sessions stop working' })
  disabled: boolean;

  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'A one-time password was handed out: the next sign-in must change it before anything else' })
  mustChangePassword: boolean;

  @Column({ name: 'password_changed_at', type: 'timestamptz' })
  @Field(() => Date, { description: 'When the password last changed; the password policy counts its expiry from here' })
  passwordChangedAt: Date;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'notification_delivery', type: 'text', default: 'IMMEDIATE' })
  notificationDelivery: 'IMMEDIATE' | 'DAILY_DIGEST';

  @Column({ type: 'int', default: 1 })
  @Field(() => Int, { description: 'Increments on every change to the account or its roles' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date, { description: 'When the account was created' })
  createdAt: Date;
}

@Entity({ name: 'role_assignment' })
@ObjectType({ description: 'A role held over an organisation subtree (its jurisdiction)' })
export class RoleAssignment {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'The assignment id, to revoke it with revokeRole' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  @Field(() => RoleEnum, { description: 'The role granted' })
  role: Role;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date, { description: 'When the role was granted' })
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
