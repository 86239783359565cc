import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { PageArgs, PageType } from '../../shared/list.ts';
import { Employee } from '../employee/index.ts';
import { Government, OrgUnit } from '../organization/index.ts';
import { CreateUserInput, UpdateUserInput, UserFilter, UserSort } from './auth.inputs.ts';
import { AuthService } from './auth.service.ts';
import { User } from './user.entity.ts';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Bearer token for the Authorization header' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@ObjectType()
export class UserPage extends PageType(User) {}

@Resolver(() => User)
export class AuthResolver {
  /** Public: the one way in. */
  @Mutation(() => AuthPayload, { description: 'Log in with e-mail and password (public; rate-limited per client)' })
  login(@Ctx() ctx: Context, @Arg('email') email: string, @Arg('password') password: string) {
    return new AuthService(ctx).login(email.trim(), password);
  }

  @Authorized()
  @Query(() => User, { description: 'The logged-in user' })
  me(@Ctx() ctx: Context) {
    return new AuthService(ctx).me();
  }

  @Authorized()
  @Mutation(() => Boolean)
  changePassword(@Ctx() ctx: Context, @Arg('currentPassword') currentPassword: string, @Arg('newPassword') newPassword: string) {
    return new AuthService(ctx).changePassword(currentPassword, newPassword);
  }

  @Authorized(Role.SUPER_ADMIN, Role.GOV_ADMIN)
  @Query(() => UserPage, { description: 'Accounts of the caller\'s government (a super admin: every account)' })
  users(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
    @Arg('sort', () => [UserSort], { nullable: true }) sort?: UserSort[],
  ) {
    return new AuthService(ctx).list(filter, sort, page.limit, page.offset);
  }

  @Authorized(Role.SUPER_ADMIN, Role.GOV_ADMIN)
  @Query(() => User)
  user(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new AuthService(ctx).get(id);
  }

  @Authorized(Role.SUPER_ADMIN, Role.GOV_ADMIN)
  @Mutation(() => User)
  createUser(@Ctx() ctx: Context, @Arg('input', () => CreateUserInput) input: CreateUserInput) {
    return new AuthService(ctx).create(input);
  }

  @Authorized(Role.SUPER_ADMIN, Role.GOV_ADMIN)
  @Mutation(() => User)
  updateUser(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateUserInput) input: UpdateUserInput) {
    return new AuthService(ctx).update(id, input);
  }

  @FieldResolver(() => Government, { nullable: true })
  government(@Parent() u: User, @Ctx() ctx: Context) {
    const id = refId(u.government);
    return id ? ctx.loaders.byId(Government).load(id) : null;
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  unit(@Parent() u: User, @Ctx() ctx: Context) {
    const id = refId(u.unit);
    return id ? ctx.loaders.byId(OrgUnit).load(id) : null;
  }

  @FieldResolver(() => Employee, { nullable: true })
  employee(@Parent() u: User, @Ctx() ctx: Context) {
    const id = refId(u.employee);
    return id ? ctx.loaders.byId(Employee).load(id) : null;
  }
}
