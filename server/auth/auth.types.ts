import { IsNotEmpty, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PASSWORD_RULES } from '../accounts/password-policy.js';
import { describeValues, enumObject } from '../common/enum.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { RoleEnum } from '../users/user.entity.js';
import type { Role } from './roles.js';

@InputType({ description: 'The credentials of a password sign-in' })
export class SignInInput {
  @Field(() => String, { description: 'The account name given by the system administrator' })
  @IsNotEmpty({ message: 'username is required' })
  @MaxLength(64)
  username: string;

  @Field(() => String, { description: 'The account password; repeated failures lock the account for a while' })
  @IsNotEmpty({ message: 'password is required' })
  @MaxLength(256)
  password: string;
}

export const PasswordChangeReasonEnum = enumObject(['ONE_TIME', 'EXPIRED'] as const);
registerEnumType(PasswordChangeReasonEnum, {
  name: 'PasswordChangeReason',
  description: 'Why the password must be changed before anything else',
  valuesConfig: describeValues(PasswordChangeReasonEnum, {
    ONE_TIME: 'The account signed in with a one-time password handed out by an administrator (new account or reset)',
    EXPIRED: 'The password is older than the password policy allows (PASSWORD_EXPIRY_DAYS)',
  }),
});

export const PasswordRuleEnum = enumObject(PASSWORD_RULES);
registerEnumType(PasswordRuleEnum, {
  name: 'PasswordRule',
  description: 'A rule of the password policy; a refused password lists the ones it breaks in the error’s `reasons`',
  valuesConfig: describeValues(PasswordRuleEnum, {
    TOO_SHORT: 'Shorter than the policy’s minimum length',
    TOO_LONG: 'Longer than 256 characters',
    TOO_FEW_CLASSES: 'Mixes fewer of upper case, lower case, digits and symbols than the policy asks',
    EQUALS_USERNAME: 'The same as the username (ignoring case)',
    SAME_AS_CURRENT: 'The same as the current password',
  }),
});

@ObjectType({ description: 'The password policy in force (set by the PASSWORD_* settings)' })
export class PasswordPolicyView {
  @Field(() => Int, { description: 'Fewest characters of a password' })
  minLength: number;

  @Field(() => Int, { description: 'How many of the four classes — upper case, lower case, digits, symbols — a password must mix' })
  minClasses: number;

  @Field(() => Int, { description: 'Days a password lasts before it must be changed; 0: it never expires' })
  expiryDays: number;
}

@InputType({ description: 'A change of one’s own password' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The password now in use (the one-time password after a reset or a new account)' })
  @IsNotEmpty({ message: 'currentPassword is required' })
  @MaxLength(256)
  currentPassword: string;

  @Field(() => String, { description: 'The new password; it must meet the password policy (see passwordPolicy)' })
  @IsNotEmpty({ message: 'newPassword is required' })
  @MaxLength(1024)
  newPassword: string;
}

@ObjectType({ description: 'A role the viewer holds over an organisation subtree' })
export class GrantView {
  @Field(() => RoleEnum, { description: 'The role held' })
  role: Role;

  @Field(() => Organisation, { description: 'The root of the jurisdiction: the role applies to this organisation and everything below it' })
  organisation: Organisation;
}

@ObjectType({ description: 'Who is signed in, with what roles where' })
export class ViewerView {
  @Field(() => ID, { description: 'The signed-in user account' })
  userId: string;

  @Field(() => String, { description: 'The name the user signs in with' })
  username: string;

  @Field(() => String, { description: 'The name shown to other users' })
  displayName: string;

  @Field(() => ID, { nullable: true, description: 'The cadre record of the signed-in person, when they are assessed themselves; null otherwise' })
  cadreId: string | null;

  @Field(() => [GrantView], { description: 'Every role the user holds, each over its own organisation subtree' })
  grants: GrantView[];

  @Field(() => [String], { description: 'Permissions held somewhere (see the policy); the web shows workspaces by them' })
  permissions: string[];

  @Field(() => PasswordChangeReasonEnum, {
    nullable: true,
    description: 'Set while the password must be changed before anything else (every other operation answers PASSWORD_CHANGE_REQUIRED); null otherwise',
  })
  passwordChangeRequired: 'ONE_TIME' | 'EXPIRED' | null;
}

@ObjectType({ description: 'A new session: its token, when it expires, and who it belongs to' })
export class SignInPayload {
  @Field(() => String, { description: 'Bearer token for API clients; browsers get it as an httpOnly cookie too' })
  token: string;

  @Field(() => Date, { description: 'When the session ends; sign in again after it' })
  expiresAt: Date;

  @Field(() => ViewerView, { description: 'The user now signed in, with their roles and permissions' })
  viewer: ViewerView;
}

@ObjectType({ description: 'A session ended by endSession' })
export class EndedSession {
  @Field(() => String, {
    nullable: true,
    description:
      'Where to send the browser to sign out at the identity provider too, when the session was opened there and the provider supports it (RP-initiated logout); null otherwise, or when the provider could not be reached (the session here is ended all the same)',
  })
  providerSignOutUrl!: string | null;
}
