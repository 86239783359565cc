import type { ApolloServerPlugin } from '@apollo/server';
import { getArgumentValues, getNamedType, isObjectType, Kind, type FieldNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../../context.ts';

/** Answers to mutations that are logged as refused (the access log). */
const REFUSED = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);
/** Logs its own outcomes, with the e-mail tried (see AuthService.login). */
const SELF_LOGGED = new Set(['login']);

function rootFields(operation: OperationDefinitionNode): FieldNode[] {
  return operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
}

/** `query employee,employees`: the operation type and its root fields, as the log names reads. */
export function operationLabel(operation: OperationDefinitionNode | undefined): string {
  if (!operation) return 'unknown';
  return `${operation.operation} ${[...new Set(rootFields(operation).map((f) => f.name.value))].join(',')}`;
}

/** The record a refused mutation was aimed at: its return type and its `id` argument, when it has them. */
function targetOf(schema: GraphQLSchema, node: FieldNode, variables: Record<string, unknown>): { entityName: string | null; entityId: string | null } {
  const def = schema.getMutationType()?.getFields()[node.name.value];
  if (!def) return { entityName: null, entityId: null };
  const type = getNamedType(def.type);
  let id: unknown = null;
  try {
    id = getArgumentValues(def, node, variables).id ?? null;
  } catch {
    // arguments that do not coerce: no id to name
  }
  return { entityName: isObjectType(type) && !type.name.endsWith('Payload') ? type.name : null, entityId: typeof id === 'string' ? id : null };
}

/**
 * Records refused mutations and flushes the request's access log. A mutation's entries are written
 * before its answer leaves (they are few, and a client reading the log next finds them); a query's
 * after, so reads are never slowed by the log.
 */
export function accessLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, response, schema, request }) {
          const access = contextValue.access;
          if (!access) return;
          if (operation?.operation === 'mutation' && response.body.kind === 'single') {
            const byKey = new Map(rootFields(operation).map((f) => [f.alias?.value ?? f.name.value, f]));
            for (const err of response.body.singleResult.errors ?? []) {
              const node = byKey.get(String(err.path?.[0]));
              if (!node || SELF_LOGGED.has(node.name.value) || !REFUSED.has(String(err.extensions?.code))) continue;
              access.mutationRefused(node.name.value, (err.extensions?.reason as string | undefined) ?? String(err.extensions?.code), targetOf(schema, node, request.variables ?? {}));
            }
          }
          const written = access.flush(operationLabel(operation));
          if (operation?.operation === 'mutation') await written;
        },
      };
    },
  };
}
