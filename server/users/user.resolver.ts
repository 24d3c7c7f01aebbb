import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { RoleAssignment, UserAccount } from './user.entity.js';
import { AssignRoleInput, CreateUserInput, LinkUserToCadreInput, UserConnection, UserListArgs } from './user.types.js';

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
  @Mutation(() => UserAccount, {
    description: 'Links an existing account to a cadre record by personnel number (or id), or moves its link; a cadre linked to another account is refused',
  })
  linkUserToCadre(@Arg('input', () => LinkUserToCadreInput, { description: 'The account and the cadre' }) input: LinkUserToCadreInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.users.linkCadre(ctx.viewer, input);
  }

  @Authorized('user:manage')
  @Mutation(() => UserAccount, { description: 'Grants a role over an organisation inside your jurisdiction; takes effect on the user’s next request' })
  assignRole(@Arg('input', () => AssignRoleInput, { description: 'Who gets which role where' }) input: AssignRoleInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.users.assignRole(ctx.viewer, input.userId, input.role, input.organisationId);
  }

  @Authorized('user:manage')
  @Mutation(() => UserAccount, { description: 'Withdraws a role assignment; you cannot revoke your own SYSTEM_ADMIN role' })
  revokeRole(@Arg('assignmentId', () => ID, { description: 'The id of the RoleAssignment to withdraw' }) assignmentId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.users.revokeRole(ctx.viewer, assignmentId);
  }

  @Authorized('user:manage')
  @Mutation(() => UserAccount, { description: 'Clears a lockout after repeated failed sign-ins, so the user may try again at once' })
  unlockUser(@Arg('userId', () => ID, { description: 'The locked account, inside your jurisdiction' }) userId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.users.unlock(ctx.viewer, userId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The personnel number (干部编号) of the cadre linked to the account; null when none is' })
  async cadrePersonNo(@Root() user: UserAccount, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return user.cadreId ? ((await ctx.loaders.cadre.load(user.cadreId))?.personNo ?? null) : null;
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
