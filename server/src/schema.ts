import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type MiddlewareFn } from 'type-graphql';
import { authChecker } from './shared/auth.ts';
import { inputGuard } from './shared/input-guard.ts';
import { resolvers } from './modules/index.ts';
import { employeeFieldGuard } from './modules/employee/index.ts';

/**
 * An explicit `null` for an optional root argument (`filter: null`, `asOf: null`) means "not given":
 * resolvers then see `undefined` and apply their defaults, instead of failing on null.
 */
const nullArgsAsAbsent: MiddlewareFn = ({ args, info }, next) => {
  if (info.parentType === info.schema.getQueryType() || info.parentType === info.schema.getMutationType()) {
    for (const key of Object.keys(args)) if (args[key] === null) delete args[key];
  }
  return next();
};

/** The GraphQL schema. Built from decorators only: no database is needed to print it. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
    authChecker,
    authMode: 'error',
    globalMiddlewares: [nullArgsAsAbsent, inputGuard, employeeFieldGuard],
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
}
