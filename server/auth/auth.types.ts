import { IsNotEmpty, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.entity.js';
import { RoleEnum } from '../users/user.entity.js';
import type { Role } from './roles.js';

@InputType()
export class SignInInput {
  @Field(() => String)
  @IsNotEmpty({ message: 'username is required' })
  @MaxLength(64)
  username: string;

  @Field(() => String)
  @IsNotEmpty({ message: 'password is required' })
  @MaxLength(256)
  password: string;
}

@ObjectType({ description: 'A role the viewer holds over an organisation subtree' })
export class GrantView {
  @Field(() => RoleEnum)
  role: Role;

  @Field(() => Organisation, { description: 'The root of the jurisdiction' })
  organisation: Organisation;
}

@ObjectType({ description: 'Who is signed in, with what roles where' })
export class ViewerView {
  @Field(() => ID)
  userId: string;

  @Field(() => String)
  username: string;

  @Field(() => String)
  displayName: string;

  @Field(() => ID, { nullable: true })
  cadreId: string | null;

  @Field(() => [GrantView])
  grants: GrantView[];

  @Field(() => [String], { description: 'Permissions held somewhere (see the policy); the web shows workspaces by them' })
  permissions: string[];
}

@ObjectType()
export class SignInPayload {
  @Field(() => String, { description: 'Bearer token for API clients; browsers get it as an httpOnly cookie too' })
  token: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => ViewerView)
  viewer: ViewerView;
}
