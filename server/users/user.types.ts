import { IsIn, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ROLES, type Role } from '../auth/roles.js';
import { Connection, PageArgs } from '../common/pagination.js';
import { RoleEnum, UserAccount } from './user.entity.js';

export const UserConnection = Connection(UserAccount, 'User');

@ArgsType()
export class UserListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Matches username or display name, ignoring case' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@InputType({ description: 'A new user account; roles are granted afterwards with assignRole' })
export class CreateUserInput {
  @Field(() => String, { description: 'Sign-in name: 3 to 64 letters, digits, dots, dashes or underscores, unique' })
  @Matches(/^[a-zA-Z0-9._-]{3,64}$/, { message: 'username must be 3–64 letters, digits, dots, dashes or underscores' })
  username: string;

  @Field(() => String, { description: 'The name shown to other users, up to 64 characters' })
  @Length(1, 64)
  displayName: string;

  @Field(() => String, { description: 'The initial password, at least 10 characters' })
  @Length(10, 256, { message: 'password must be at least 10 characters' })
  password: string;

  @Field(() => ID, { nullable: true, description: 'Link the account to a cadre record (needed for the CADRE role)' })
  @IsOptional()
  @IsUUID()
  cadreId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Link the account to the cadre with this personnel number (干部编号), instead of cadreId; an unknown number is UNKNOWN_PERSON_NO',
  })
  @IsOptional()
  @Length(1, 64)
  cadrePersonNo?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The password is a one-time password the holder must replace at the first sign-in (as after resetPassword): true is what an administrator who hands a password over should choose; absent or false keeps it',
  })
  @IsOptional()
  mustChangePassword?: boolean | null;
}

@InputType({ description: 'A role to grant to a user over an organisation subtree' })
export class AssignRoleInput {
  @Field(() => ID, { description: 'The user who receives the role' })
  @IsUUID()
  userId: string;

  @Field(() => RoleEnum, { description: 'The role to grant' })
  @IsIn(ROLES)
  role: Role;

  @Field(() => ID, { description: 'The root of the jurisdiction: the role applies to this organisation and everything below it' })
  @IsUUID()
  organisationId: string;
}

@InputType({ description: 'Links an existing account to a cadre record, by cadre id or personnel number (one of the two)' })
export class LinkUserToCadreInput {
  @Field(() => ID, { description: 'The account to link' })
  @IsUUID()
  userId: string;

  @Field(() => ID, { nullable: true, description: 'The cadre record' })
  @IsOptional()
  @IsUUID()
  cadreId?: string | null;

  @Field(() => String, { nullable: true, description: 'The cadre’s personnel number (干部编号), instead of cadreId; an unknown number is UNKNOWN_PERSON_NO' })
  @IsOptional()
  @Length(1, 64)
  cadrePersonNo?: string | null;
}
