import { IsIn, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ROLES, type Role } from '../auth/roles.js';
import { Connection, PageArgs } from '../common/pagination.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { RoleAssignment, RoleEnum, UserAccount } from './user.entity.js';

export const UserConnection = Connection(UserAccount, 'User');

@ArgsType()
class UserListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Matches username or display name, ignoring case' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@InputType({ description: 'A new user account; roles are granted afterwards with assignRole' })
class CreateUserInput {
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
}

@InputType({ description: 'A role to grant to a user over an organisation subtree' })
class AssignRoleInput {
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

@Resolver(() => UserAccount)
export class UserResolver {
  @Authorized('user:manage')
  @Query(() => UserConnection, { description: 'User accounts holding a role inside your jurisdictions (for an administrator of the root, also those with no role yet), by username' })
  users(@Args(() => UserListArgs) args: UserListArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.users.list(ctx.viewer, args.search, args.first, args.after);
  }

  @Authorized('user:manage')
  @Mutation(() => UserAccount, { description: 'Creates a user account without roles' })
  createUser(@Arg('input', () => CreateUserInput, { description: 'The new account' }) input: CreateUserInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.users.create(ctx.viewer, input);
  }

  @Authorized('user:manage')
  @Mutation(() => UserAccount, { description: 'Grants a role over an organisation inside your jurisdiction; takes effect on the user’s next request' })
  async assignRole(@Arg('input', () => AssignRoleInput, { description: 'Who gets which role where' }) input: AssignRoleInput, @Ctx() ctx: GraphQLContext) {
    const user = await ctx.services.users.assignRole(ctx.viewer, input.userId, input.role, input.organisationId);
    ctx.services.auth.forgetUser(user.id);
    return user;
  }

  @Authorized('user:manage')
  @Mutation(() => UserAccount, { description: 'Withdraws a role assignment; you cannot revoke your own SYSTEM_ADMIN role' })
  async revokeRole(@Arg('assignmentId', () => ID, { description: 'The id of the RoleAssignment to withdraw' }) assignmentId: string, @Ctx() ctx: GraphQLContext) {
    const user = await ctx.services.users.revokeRole(ctx.viewer, assignmentId);
    ctx.services.auth.forgetUser(user.id);
    return user;
  }

  @Authorized('user:manage')
  @Mutation(() => UserAccount, { description: 'Clears a lockout after repeated failed sign-ins, so the user may try again at once' })
  unlockUser(@Arg('userId', () => ID, { description: 'The locked account, inside your jurisdiction' }) userId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.users.unlock(ctx.viewer, userId);
  }

  @FieldResolver(() => [RoleAssignment], { description: 'Every role the user holds, each with its organisation' })
  roles(@Root() user: UserAccount, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.rolesByUser.load(user.id);
  }
}

@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @FieldResolver(() => Organisation, { description: 'The root of the jurisdiction the role is held over' })
  async organisation(@Root() assignment: RoleAssignment, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(assignment.organisationId))!;
  }
}
