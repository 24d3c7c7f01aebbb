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
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@InputType()
class CreateUserInput {
  @Field(() => String)
  @Matches(/^[a-zA-Z0-9._-]{3,64}$/, { message: 'username must be 3–64 letters, digits, dots, dashes or underscores' })
  username: string;

  @Field(() => String)
  @Length(1, 64)
  displayName: string;

  @Field(() => String)
  @Length(10, 256, { message: 'password must be at least 10 characters' })
  password: string;

  @Field(() => ID, { nullable: true, description: 'Link the account to a cadre record (needed for the CADRE role)' })
  @IsOptional()
  @IsUUID()
  cadreId?: string | null;
}

@InputType()
class AssignRoleInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role: Role;

  @Field(() => ID, { description: 'The root of the jurisdiction' })
  @IsUUID()
  organisationId: string;
}

@Resolver(() => UserAccount)
export class UserResolver {
  @Authorized('user:manage')
  @Query(() => UserConnection)
  users(@Args(() => UserListArgs) args: UserListArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.users.list(ctx.viewer, args.search, args.first, args.after);
  }

  @Authorized('user:manage')
  @Mutation(() => UserAccount)
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.users.create(ctx.viewer, input);
  }

  @Authorized('user:manage')
  @Mutation(() => UserAccount)
  async assignRole(@Arg('input', () => AssignRoleInput) input: AssignRoleInput, @Ctx() ctx: GraphQLContext) {
    const user = await ctx.services.users.assignRole(ctx.viewer, input.userId, input.role, input.organisationId);
    ctx.services.auth.forgetUser(user.id);
    return user;
  }

  @Authorized('user:manage')
  @Mutation(() => UserAccount)
  async revokeRole(@Arg('assignmentId', () => ID) assignmentId: string, @Ctx() ctx: GraphQLContext) {
    const user = await ctx.services.users.revokeRole(ctx.viewer, assignmentId);
    ctx.services.auth.forgetUser(user.id);
    return user;
  }

  @Authorized('user:manage')
  @Mutation(() => UserAccount, { description: 'Clears a lockout after repeated failed sign-ins' })
  unlockUser(@Arg('userId', () => ID) userId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.users.unlock(ctx.viewer, userId);
  }

  @FieldResolver(() => [RoleAssignment])
  roles(@Root() user: UserAccount, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.rolesByUser.load(user.id);
  }
}

@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() assignment: RoleAssignment, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(assignment.organisationId))!;
  }
}
