import { IsNotEmpty, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
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
