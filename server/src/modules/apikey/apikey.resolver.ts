import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { PageArgs, PageType } from '../../shared/list.ts';
import { query, sql } from '../../shared/sql.ts';
import { Government, OrgUnit } from '../organization/index.ts';
import { ApiKey, ApiKeyOperation, ApiKeyStatus } from './apikey.entity.ts';
import { ApiKeyFilter, CreateApiKeyInput, RegisterApiKeyOperationsInput } from './apikey.inputs.ts';
import { ApiKeyService, apiKeyStatus, type ApiKeyRow } from './apikey.service.ts';

@ObjectType()
export class ApiKeyPage extends PageType(ApiKey) {}

@ObjectType()
export class ApiKeyOperationPage extends PageType(ApiKeyOperation) {}

@ObjectType({ description: 'A new API key: the key itself is shown this once' })
export class CreatedApiKey {
  @Field({ description: 'The key, for `Authorization: Bearer <key>` or `X-API-Key: <key>`. Store it now: it is never shown again' })
  key!: string;

  @Field(() => ApiKey)
  apiKey!: ApiKey;
}

type KeyRoot = ApiKey | ApiKeyRow;

const operationCounts = (ctx: Context) =>
  ctx.loaders.get('apikey.operationCount', (em) =>
    new DataLoader<string, number>(async (ids) => {
      const rows = await query<{ id: string; n: number }>(em, sql`select o.api_key_id as id, count(*)::int as n from api_key_operation o where o.api_key_id in (${sql.list(ids)}) group by o.api_key_id`);
      const map = new Map(rows.map((r) => [r.id, r.n]));
      return ids.map((id) => map.get(id) ?? 0);
    }),
  );

const ADMINS = [Role.SUPER_ADMIN, Role.GOV_ADMIN];

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(...ADMINS)
  @Query(() => ApiKeyPage, { description: 'API keys of the caller\'s government, newest first (a super admin: every key)' })
  apiKeys(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => ApiKeyFilter, { nullable: true }) filter?: ApiKeyFilter) {
    return new ApiKeyService(ctx).list(filter, page.limit, page.offset);
  }

  @Authorized(...ADMINS)
  @Query(() => ApiKey)
  apiKey(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new ApiKeyService(ctx).get(id);
  }

  @Authorized(...ADMINS)
  @Query(() => ApiKeyOperationPage, { description: 'The operations registered for a key (its trusted documents)' })
  apiKeyOperations(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('apiKeyId', () => ID) apiKeyId: string) {
    return new ApiKeyService(ctx).operations(apiKeyId, page.limit, page.offset);
  }

  @Authorized(...ADMINS)
  @Mutation(() => CreatedApiKey, { description: 'A read-only API key for a government or a unit; the answer holds the key, shown once' })
  createApiKey(@Ctx() ctx: Context, @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput) {
    return new ApiKeyService(ctx).create(input);
  }

  @Authorized(...ADMINS)
  @Mutation(() => ApiKey, { description: 'Revokes a key at once' })
  revokeApiKey(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new ApiKeyService(ctx).revoke(id, version);
  }

  @Authorized(...ADMINS)
  @Mutation(() => Int, { description: 'Registers trusted documents for a key (a manifest\'s entries); answers how many were new' })
  registerApiKeyOperations(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('apiKeyId', () => ID) apiKeyId: string, @Arg('input', () => RegisterApiKeyOperationsInput) input: RegisterApiKeyOperationsInput) {
    return new ApiKeyService(ctx).register(apiKeyId, input.operations, info.schema);
  }

  @Authorized(...ADMINS)
  @Mutation(() => Boolean, { description: 'Removes one registered operation from its key' })
  removeApiKeyOperation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new ApiKeyService(ctx).removeOperation(id);
  }

  @FieldResolver(() => ApiKeyStatus)
  status(@Parent() key: KeyRoot): ApiKeyStatus {
    return apiKeyStatus(key);
  }

  @FieldResolver(() => Government)
  async government(@Parent() key: KeyRoot, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Government).load(refId(key.government)!);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'The unit the key is confined to (none: the whole government)' })
  async unit(@Parent() key: KeyRoot, @Ctx() ctx: Context) {
    const id = refId(key.unit ?? null);
    return id ? ctx.loaders.byId(OrgUnit).load(id) : null;
  }

  @FieldResolver(() => Int, { description: 'Operations registered for the key' })
  operationCount(@Parent() key: KeyRoot, @Ctx() ctx: Context) {
    return operationCounts(ctx).load(key.id);
  }
}
