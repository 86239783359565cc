import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './shared/auth.ts';
import { resolvers } from './modules/index.ts';

/** The GraphQL schema. Built from decorators only: no database is needed to print it. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
}
