import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { describeValues, enumObject } from '../common/enum.js';
import { Connection, PageArgs } from '../common/pagination.js';
import { UserAccount } from '../users/user.entity.js';

export const USERNAME_RULES = ['PERSON_NO', 'PREFIX_PERSON_NO'] as const;
export type UsernameRule = (typeof USERNAME_RULES)[number];
export const UsernameRuleEnum = enumObject(USERNAME_RULES);
registerEnumType(UsernameRuleEnum, {
  name: 'UsernameRule',
  description: 'How createAccountsForUnit names the accounts it creates (names are never transliterated: no pinyin is available offline)',
  valuesConfig: describeValues(UsernameRuleEnum, {
    PERSON_NO: 'The cadre’s personnel number (干部编号) as it is, e.g. QH-0042',
    PREFIX_PERSON_NO: 'A prefix, then the personnel number, e.g. taining.QH-0042 (usernamePrefix)',
  }),
});

/** The roles the bulk step may grant: the cadre's own, and rater for democratic evaluations. */
export const BULK_ROLES = ['CADRE', 'RATER'] as const;
export type BulkRole = (typeof BULK_ROLES)[number];
export const BulkRoleEnum = enumObject(BULK_ROLES);
registerEnumType(BulkRoleEnum, {
  name: 'BulkAccountRole',
  description: 'A role createAccountsForUnit grants each new account, over the cadre’s own unit',
  valuesConfig: describeValues(BulkRoleEnum, {
    CADRE: 'The assessed cadre (干部本人): own self-report, result and appeals',
    RATER: 'Rater (测评人): may be invited to the democratic evaluations of the unit',
  }),
});

export const SKIP_REASONS = ['HAS_ACCOUNT', 'USERNAME_TAKEN', 'NOT_SERVING', 'BATCH_LIMIT'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
export const SkipReasonEnum = enumObject(SKIP_REASONS);
registerEnumType(SkipReasonEnum, {
  name: 'AccountSkipReason',
  description: 'Why createAccountsForUnit made no account for a cadre',
  valuesConfig: describeValues(SkipReasonEnum, {
    HAS_ACCOUNT: 'An account is already linked to the cadre (running the step again creates nothing new)',
    USERNAME_TAKEN: 'The username the rule gives is already used by another account',
    NOT_SERVING: 'The cadre is retired or has left (employment status other than SERVING)',
    BATCH_LIMIT: 'More cadres need an account than one run creates; run the step again for the rest',
  }),
});

@InputType({ description: 'Accounts for the serving cadres of a unit who have none yet' })
export class CreateAccountsForUnitInput {
  @Field(() => ID, { description: 'The unit whose cadres get accounts; inside your jurisdiction' })
  @IsUUID()
  organisationId: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Also the cadres of every unit below it' })
  @IsBoolean()
  includeSubunits: boolean;

  @Field(() => UsernameRuleEnum, { defaultValue: 'PERSON_NO', description: 'How the usernames are made' })
  @IsIn(USERNAME_RULES)
  usernameRule: UsernameRule;

  @Field(() => String, { nullable: true, description: 'For PREFIX_PERSON_NO: 1 to 20 letters, digits, dots, dashes or underscores, put before the personnel number' })
  @IsOptional()
  @Matches(/^[a-zA-Z0-9._-]{1,20}$/, { message: 'usernamePrefix must be 1–20 letters, digits, dots, dashes or underscores' })
  usernamePrefix?: string | null;

  @Field(() => [BulkRoleEnum], { defaultValue: ['CADRE'], description: 'The roles each new account gets over its cadre’s own unit' })
  @ArrayMaxSize(2)
  @IsIn(BULK_ROLES, { each: true })
  roles: BulkRole[];
}

@ObjectType({ description: 'An account just made, with its one-time password: shown in this answer only, never stored in clear or audited' })
export class CreatedAccount {
  @Field(() => ID, { description: 'The new account' })
  userId: string;

  @Field(() => String, { description: 'The username to sign in with' })
  username: string;

  @Field(() => String, { description: 'The one-time password; the first sign-in must change it' })
  oneTimePassword: string;

  @Field(() => String, { description: 'The cadre’s name (the account’s display name)' })
  displayName: string;

  @Field(() => ID, { description: 'The cadre linked to the account' })
  cadreId: string;

  @Field(() => String, { description: 'The cadre’s personnel number (干部编号)' })
  personNo: string;

  @Field(() => String, { description: 'The cadre’s unit' })
  organisationName: string;
}

@ObjectType({ description: 'A cadre who got no account, and why' })
export class SkippedCadre {
  @Field(() => ID, { description: 'The cadre' })
  cadreId: string;

  @Field(() => String, { description: 'The cadre’s name' })
  name: string;

  @Field(() => String, { description: 'The cadre’s personnel number (干部编号)' })
  personNo: string;

  @Field(() => String, { description: 'The cadre’s unit' })
  organisationName: string;

  @Field(() => SkipReasonEnum, { description: 'Why no account was made' })
  reason: SkipReason;

  @Field(() => String, { nullable: true, description: 'The username of the account already linked, or the one that is taken; null otherwise' })
  username: string | null;
}

@ObjectType({ description: 'What createAccountsForUnit did: the accounts made (with their one-time passwords, this once) and the cadres left out' })
export class CreateAccountsForUnitPayload {
  @Field(() => [CreatedAccount], { description: 'The accounts made, by unit and personnel number' })
  created: CreatedAccount[];

  @Field(() => [SkippedCadre], { description: 'The cadres left out, by unit and personnel number (at most 1000; see skippedCount)' })
  skipped: SkippedCadre[];

  @Field(() => Int, { description: 'How many cadres were left out in all' })
  skippedCount: number;

  @Field(() => String, { description: 'The sign-in address to hand out with the passwords (SIGN_IN_URL); empty: the web app’s own address' })
  signInUrl: string;
}

@ObjectType({ description: 'An account whose password was just reset, with the one-time password: shown in this answer only' })
export class PasswordResetPayload {
  @Field(() => UserAccount, { description: 'The account, now waiting for a password change' })
  user: UserAccount;

  @Field(() => String, { description: 'The one-time password; the next sign-in must change it' })
  oneTimePassword: string;
}

export const SIGN_IN_HISTORY_ACTIONS = [
  'SIGNED_IN',
  'SIGN_IN_FAILED',
  'SIGN_IN_THROTTLED',
  'SIGNED_OUT',
  'PASSWORD_CHANGED',
  'PASSWORD_RESET',
  'ACCOUNT_DISABLED',
  'ACCOUNT_ENABLED',
  'ACCOUNT_UNLOCKED',
  'USER_CREATED',
] as const;
export type SignInHistoryAction = (typeof SIGN_IN_HISTORY_ACTIONS)[number];
export const SignInHistoryActionEnum = enumObject(SIGN_IN_HISTORY_ACTIONS);
registerEnumType(SignInHistoryActionEnum, {
  name: 'SignInHistoryAction',
  description: 'What happened to an account, as its sign-in history shows it (the audit trail’s actions of the account)',
  valuesConfig: describeValues(SignInHistoryActionEnum, {
    SIGNED_IN: 'Signed in',
    SIGN_IN_FAILED: 'A sign-in failed (wrong password)',
    SIGN_IN_THROTTLED: 'A sign-in failed and further attempts are delayed',
    SIGNED_OUT: 'Signed out',
    PASSWORD_CHANGED: 'The user changed their password',
    PASSWORD_RESET: 'An administrator reset the password',
    ACCOUNT_DISABLED: 'An administrator disabled the account',
    ACCOUNT_ENABLED: 'An administrator enabled the account',
    ACCOUNT_UNLOCKED: 'An administrator lifted a sign-in delay',
    USER_CREATED: 'The account was created',
  }),
});

@ObjectType({ description: 'One entry of an account’s sign-in history, read from the audit trail' })
export class SignInEvent {
  @Field(() => ID, { description: 'The audit entry' })
  id: string;

  @Field(() => Date, { description: 'When it happened' })
  occurredAt: Date;

  @Field(() => SignInHistoryActionEnum, { description: 'What happened' })
  action: SignInHistoryAction;

  @Field(() => Boolean, { description: 'False for a failed or delayed sign-in; true otherwise' })
  succeeded: boolean;

  @Field(() => String, { nullable: true, description: 'The client address, when recorded' })
  ip: string | null;

  @Field(() => String, { nullable: true, description: 'The browser or client (User-Agent), when recorded' })
  userAgent: string | null;

  @Field(() => String, { nullable: true, description: 'How a session was opened: PASSWORD, or OIDC; null for other entries' })
  method: string | null;

  @Field(() => String, { nullable: true, description: 'The administrator who acted (reset, disable, enable, unlock, creation); null when the user acted themself' })
  actorUsername: string | null;
}

export const SignInEventConnection = Connection(SignInEvent, 'SignInEvent');

@ArgsType()
export class SignInHistoryArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'The account; omit it for your own (another’s needs user:manage over it)' })
  @IsOptional()
  @IsUUID()
  userId?: string | null;
}

@ObjectType({ description: 'A cadre an account may be linked to, found by name or personnel number' })
export class AccountCadreCandidate {
  @Field(() => ID, { description: 'The cadre' })
  cadreId: string;

  @Field(() => String, { description: 'The cadre’s personnel number (干部编号), to pass as cadrePersonNo' })
  personNo: string;

  @Field(() => String, { description: 'The cadre’s name' })
  name: string;

  @Field(() => String, { description: 'The cadre’s unit' })
  organisationName: string;

  @Field(() => String, { description: 'The post held (职务)' })
  post: string;

  @Field(() => String, { nullable: true, description: 'The username of the account already linked to the cadre; null when it has none' })
  username: string | null;
}

@ArgsType()
export class AccountCadreSearchArgs {
  @Field(() => String, { description: 'Part of the name or of the personnel number, at least one character' })
  @Length(1, 64)
  search: string;

  @Field(() => Int, { defaultValue: 20, description: 'How many cadres to return, 1 to 20' })
  @Min(1)
  @Max(20)
  first: number;
}
