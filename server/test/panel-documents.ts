// Every GraphQL document the panel sends (admin/src/**/*.graphql, the public pages included), with
// variables at the page sizes the panel uses, and the roles that may send it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  Kind,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  typeFromAST,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { COST_ROLES, ROOT_DIR, type CostRole } from '../src/config.ts';

/**
 * Page sizes the panel asks for: react-admin lists and reference look-ups page by up to 100 (the
 * largest "rows per page"); a few documents are sent with a fixed, larger page (see their callers).
 */
export const PANEL_PAGE_SIZE = 100;
const FIXED_PAGE_SIZES: Record<string, number> = {
  PublicSurveyList: 500, // public/SurveyFormPage.tsx: every open survey in one list
  PublicServiceDirectory: 500, // public/FeedbackFormPage.tsx: every service in one list
  SurveySuggestionList: 200, // surveys/SurveyShow.tsx
  DashboardPromotions: 8, // dashboard/PerformanceCards.tsx (LISTED)
};
/** Survey periods the panel asks for, in years up to this one: the dashboard five, the public page two. */
const PERIOD_YEARS: Record<string, number> = { PublicTransparency: 2, DashboardIkm: 5 };
function period(today: Date, years: number): { from: string; to: string } {
  const y = today.getUTCFullYear();
  return { from: `${y - years + 1}-01-01`, to: `${y}-12-31` };
}
/** Values the panel sends for an enum variable, where not any (public/TransparencyPage.tsx). */
const ENUM_VALUES: Record<string, Record<string, string[]>> = { PublicTransparency: { groupBy: ['UNIT', 'GOVERNMENT'] } };

export interface PanelDocument {
  name: string;
  file: string;
  document: DocumentNode;
  /** Variable sets to price (one per value of each enum variable); the cost is their maximum. */
  variableSets: Record<string, unknown>[];
  /** Roles that may run every root field of it. */
  roles: CostRole[];
}

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'gql' ? [] : graphqlFiles(p);
    return e.name.endsWith('.graphql') ? [p] : [];
  });
}

function sampleValue(type: GraphQLInputType, name: string, ctx: { pageSize: number; today: Date }): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name, ctx);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = sampleValue(f.type, f.name, ctx);
    }
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return name === 'limit' ? ctx.pageSize : name === 'offset' ? 0 : name === 'year' ? ctx.today.getUTCFullYear() : name === 'years' ? 5 : 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'ID':
        return '00000000-0000-4000-8000-000000000000';
      case 'LocalDate':
        return ctx.today.toISOString().slice(0, 10);
      case 'DateTimeISO':
        return ctx.today.toISOString();
      case 'JSONObject':
        return {};
      default:
        return 'x';
    }
  }
  return null;
}

/** Roles allowed on each root field, from the @Authorized metadata (none: public). */
function rootRoles(): Map<string, CostRole[]> {
  const storage = getMetadataStorage();
  const out = new Map<string, CostRole[]>();
  for (const [kind, handlers] of [['Query', storage.queries], ['Mutation', storage.mutations]] as const) {
    for (const h of handlers) {
      const authorized = storage.authorizedFields.find((a) => a.target === h.target && a.fieldName === h.methodName);
      const roles = !authorized ? [...COST_ROLES] : authorized.roles.length === 0 ? COST_ROLES.filter((r) => r !== 'ANONYMOUS') : (authorized.roles as CostRole[]);
      out.set(`${kind}.${h.schemaName}`, roles);
    }
  }
  return out;
}

/** Call after createSchema() (the metadata is complete then). */
export function panelDocuments(schema: GraphQLSchema, today = new Date()): PanelDocument[] {
  const files = graphqlFiles(path.join(ROOT_DIR, 'admin/src'));
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: { op: OperationDefinitionNode; file: string }[] = [];
  for (const file of files) {
    for (const def of parse(readFileSync(file, 'utf8')).definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
      else if (def.kind === Kind.OPERATION_DEFINITION) operations.push({ op: def, file: path.relative(ROOT_DIR, file) });
    }
  }
  const roles = rootRoles();
  return operations.map(({ op, file }) => {
    const name = op.name!.value;
    // The operation and the fragments it uses, transitively.
    const used = new Map<string, FragmentDefinitionNode>();
    const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const f = fragments.get(spread.name.value);
          if (f && !used.has(f.name.value)) {
            used.set(f.name.value, f);
            collect(f);
          }
        },
      });
    collect(op);
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [op, ...used.values()] };

    const ctx = { pageSize: FIXED_PAGE_SIZES[name] ?? PANEL_PAGE_SIZE, today };
    const base: Record<string, unknown> = {};
    const enums: { name: string; values: string[] }[] = [];
    for (const v of op.variableDefinitions ?? []) {
      const type = typeFromAST(schema, v.type as never) as GraphQLInputType;
      const varName = v.variable.name.value;
      const named = getNamedType(type);
      if (named.name === 'DateRange') base[varName] = period(today, PERIOD_YEARS[name] ?? 5);
      else if (isEnumType(named) && !isListType(isNonNullType(type) ? type.ofType : type)) {
        const values = ENUM_VALUES[name]?.[varName] ?? named.getValues().map((x) => String(x.value));
        enums.push({ name: varName, values });
        base[varName] = values[0];
      } else if (isNonNullType(type) || varName === 'limit') base[varName] = sampleValue(type, varName, ctx);
    }
    const variableSets = [base, ...enums.flatMap((e) => e.values.map((value) => ({ ...base, [e.name]: value })))];

    const rootType = op.operation === 'mutation' ? 'Mutation' : 'Query';
    const rootFields = op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
    const allowed = rootFields.reduce<CostRole[]>((acc, f) => acc.filter((r) => (roles.get(`${rootType}.${f}`) ?? []).includes(r)), [...COST_ROLES]);
    return { name, file, document, variableSets, roles: allowed };
  });
}
