// What one GraphQL request may cost, checked per request before any resolver runs (issue 11).
//
// The cost of an operation is an upper bound on the values its response can hold:
// - every field costs 1 plus the cost of its selection;
// - a field with a `limit` argument (a page: `employees(limit: 100) { items { ... } total }`)
//   costs 1 + limit × its selection, with the limit asked for or the argument's default;
// - any other list field (histories, `children`, `contracts`, reference tables) costs
//   1 + DEFAULT_LIST_SIZE × its selection (the lists directly inside a page are already counted by
//   the page's limit);
// - reports and fields computed per record have a cost of their own (FIELD_COSTS, below), and any
//   field can set one with type-graphql's `complexity` option (a number is added to the cost of its
//   selection, a function replaces the rule);
// - `__schema` (introspection) costs INTROSPECTION_COST whatever it selects.
// The limit depends on the caller's role (config COST_LIMIT_*). The cost is computed in a plugin at
// `didResolveOperation`, with the request's variables and viewer, not as a validation rule: Apollo
// caches validated documents, and the same document may fit one role's limit and not another's.
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { getNamedType, getNullableType, GraphQLError, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { Logger } from 'pino';
import type { CostRole } from '../config.ts';
import type { Context } from '../context.ts';
import { CostLimitError, DatabaseUnavailableError, RateLimitError } from './errors.ts';
import { MAX_INDEX_PERIOD_YEARS } from '../modules/survey/survey-index.service.ts';
import { MAX_PAGE_SIZE } from './list.ts';
import type { Limit } from './rate-limit.ts';

/** Assumed length of a list field that has no `limit`: an employee's histories, a unit's children. */
export const DEFAULT_LIST_SIZE = 10;
/** Cost of `__schema`, whatever it selects (the schema is in memory; its introspection is bounded). */
export const INTROSPECTION_COST = 1_000;
/** Fields evaluated while computing a cost (fragments spread many times): past this, refused. */
const MAX_EVALUATED_NODES = 20_000;

type Args = ComplexityEstimatorArgs['args'];

/** A page's size as asked; past MAX_PAGE_SIZE the field refuses it (BAD_USER_INPUT on `limit`). */
function pageSize(limit: unknown): number {
  return typeof limit === 'number' && Number.isFinite(limit) ? Math.max(0, Math.min(limit, MAX_PAGE_SIZE)) : MAX_PAGE_SIZE;
}

/** Named types returned by a field with a `limit` (XPage, HrAlerts, ...): their lists hold one page. */
const pageTypesOf = (() => {
  const cache = new WeakMap<GraphQLSchema, Set<string>>();
  return (schema: GraphQLSchema): Set<string> => {
    let set = cache.get(schema);
    if (!set) {
      set = new Set();
      for (const type of Object.values(schema.getTypeMap())) {
        if (!('getFields' in type) || type.name.startsWith('__') || !('getInterfaces' in type)) continue;
        for (const field of Object.values(type.getFields())) {
          if ('args' in field && field.args.some((a) => a.name === 'limit')) set.add(getNamedType(field.type).name);
        }
      }
      cache.set(schema, set);
    }
    return set;
  };
})();

/** The rule for a field without a `complexity` of its own (see the top of this file). */
function ruleCost(a: ComplexityEstimatorArgs, pageTypes: Set<string>): number {
  if (a.field.name === '__schema') return INTROSPECTION_COST;
  if (a.field.args.some((arg) => arg.name === 'limit')) return 1 + pageSize(a.args.limit) * a.childComplexity;
  if (isListType(getNullableType(a.field.type))) return 1 + (pageTypes.has(a.type.name) ? 1 : DEFAULT_LIST_SIZE) * a.childComplexity;
  return 1 + a.childComplexity;
}

const NO_PAGE_TYPES = new Set<string>();

/**
 * `complexity` of a report field (aggregate SQL over a whole government or unit): `own` for the
 * statements it runs, plus its selection times the rows it returns (`rows(args)`; without it, the
 * usual rule: a page's limit, DEFAULT_LIST_SIZE for a list).
 */
export function reportCost(own: number | ((args: Args) => number), rows?: (args: Args) => number): ComplexityEstimator {
  return (a) => (typeof own === 'number' ? own : own(a.args)) + (rows ? 1 + rows(a.args) * a.childComplexity : ruleCost(a, NO_PAGE_TYPES));
}

const clamp = (n: unknown, lo: number, hi: number, fallback: number) => (typeof n === 'number' && Number.isFinite(n) ? Math.max(lo, Math.min(hi, n)) : fallback);

/**
 * Calendar years with surveys an index query covers: the resolver closes an open end at the maximum
 * span and refuses a longer period (BAD_USER_INPUT), and no survey lies past this year.
 */
function indexPeriodYears(period: unknown): number {
  const p = (period ?? {}) as { from?: string; to?: string };
  const max = MAX_INDEX_PERIOD_YEARS;
  const year = (d: string) => Number(d.slice(0, 4));
  const thisYear = new Date().getUTCFullYear();
  const to = p.to ? year(p.to) : p.from ? Math.min(year(p.from) + max - 1, Math.max(thisYear, year(p.from))) : thisYear;
  const from = p.from ? year(p.from) : to - max + 1;
  return clamp(to - from + 1, 1, max, max);
}
/** Rows an index query returns per year of its period, by grouping (the demo data: 230 surveys a year). */
const INDEX_ROWS_PER_YEAR: Record<string, number> = { SURVEY: 250, UNIT: 80, GOVERNMENT: 2 };

/**
 * Fields whose resolver does more than read rows: a report (set-based SQL over a whole government or
 * unit) or a computation per record. The own cost is the field's measured time at the demo size
 * (3,000 employees, 200,000 survey responses) in units of about 0.15 ms, the time a plain field of a
 * page costs; `reportCost` adds the cost of what the field returns. Keyed `Type.field` (a test checks
 * each still exists); a field's own `complexity` option, where set, comes first.
 */
export const FIELD_COSTS: Record<string, ComplexityEstimator> = {
  // Public (no login): aggregates over every survey response or rating in scope.
  'Query.surveyIndices': reportCost(2_500, (args) => indexPeriodYears(args.period) * (INDEX_ROWS_PER_YEAR[String(args.groupBy)] ?? INDEX_ROWS_PER_YEAR.SURVEY)),
  'Query.surveyIndex': reportCost(200),
  'Query.predikatDistribution': reportCost(1_000),
  // Dashboard and HR reports over a government or unit.
  'Query.headcount': reportCost(500),
  'Query.hrAlerts': reportCost(5_000, (args) => clamp(args.limit, 1, 50, 10)),
  'Query.retirementProjection': reportCost(1_000),
  'Query.retirements': reportCost(1_500),
  'Query.rankPromotionEligibilities': reportCost(3_000),
  'Query.positionCandidates': reportCost(2_000),
  'Query.duk': reportCost(3_000),
  'Query.talentGrid': (a) => 1_000 + 1 + a.childComplexity * Math.max(1, clamp(a.args.employeesPerBox, 0, 100, 10) / DEFAULT_LIST_SIZE),
  'Query.talentBoxMembers': reportCost(2_000),
  'Query.successionPool': reportCost(2_500),
  'Query.performanceDistribution': reportCost(2_000),
  'Query.pendingFollowUps': reportCost(1_000),
  'Query.unitJobPersonMatch': reportCost(1_000),
  // One employee's rules, computed on request (each some statements of its own).
  'Query.rankPromotionEligibility': reportCost(200),
  'Query.talentPlacement': reportCost(100),
  'Query.jobPersonMatch': reportCost(100),
  'Query.creditPoints': reportCost(200),
  'Query.behaviour360Result': reportCost(100),
  'Employee.rankPromotion': reportCost(200),
  'Employee.retirement': reportCost(100),
};

export interface OperationCost {
  cost: number;
  /** The costliest root field (by response key) and its cost: what to reduce first. */
  costliest?: { field: string; cost: number };
}

/** Thrown when the cost cannot be computed because the document expands past MAX_EVALUATED_NODES. */
export class TooManyNodesError extends Error {}

/**
 * Cost of one operation of `document` with these variables. Throws TooManyNodesError for a document
 * too large to evaluate, and a GraphQLError when the variables do not coerce (execution would refuse
 * them anyway).
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): OperationCost {
  const pageTypes = pageTypesOf(schema);
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean).map((t) => t!.name));
  let costliest: OperationCost['costliest'];
  const fromExtensions = fieldExtensionsEstimator();
  const estimator: ComplexityEstimator = (a) => {
    const cost = (fromExtensions(a) as number | undefined) ?? (FIELD_COSTS[`${a.type.name}.${a.field.name}`]?.(a) as number | undefined) ?? ruleCost(a, pageTypes);
    if (roots.has(a.type.name) && (!costliest || cost > costliest.cost)) costliest = { field: a.node.alias?.value ?? a.node.name.value, cost };
    return cost;
  };
  try {
    const cost = getComplexity({ schema, query: document, variables, operationName, estimators: [estimator], maxQueryNodes: MAX_EVALUATED_NODES });
    return { cost, costliest };
  } catch (e) {
    if (e instanceof GraphQLError && /maximum allowed number of nodes/.test(e.message)) throw new TooManyNodesError(e.message);
    throw e;
  }
}

function refusal(error: CostLimitError | RateLimitError, status: number, headers: [string, string][] = []): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status, headers: new HeaderMap(headers) } } });
}

/**
 * The plugin: refuses an operation over the caller's cost limit (HTTP 400, COST_LIMIT, before any
 * resolver or SQL), limits anonymous queries per client (HTTP 429), and answers a statement cancelled
 * by the database's statement timeout, or failed on a database that cannot be reached, with HTTP 503.
 */
export function costPlugin(opts: { limits: Record<CostRole, number>; publicQueries: Limit; logger: Logger }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const role: CostRole = contextValue.viewer?.role ?? 'ANONYMOUS';
          const limit = opts.limits[role];
          let result: OperationCost;
          try {
            result = operationCost(schema, document, request.variables ?? {}, operation.name?.value);
          } catch (e) {
            if (!(e instanceof TooManyNodesError)) return; // variables that do not coerce: execution answers BAD_USER_INPUT
            result = { cost: Number.POSITIVE_INFINITY };
          }
          if (result.cost > limit) {
            const { cost, costliest } = result;
            const costText = Number.isFinite(cost) ? cost.toLocaleString('en-US') : 'more than can be computed';
            const worst = costliest ? ` The costliest field is \`${costliest.field}\` (${costliest.cost.toLocaleString('en-US')}).` : '';
            const message =
              `This request would cost ${costText}, over the limit of ${limit.toLocaleString('en-US')} for ${role === 'ANONYMOUS' ? 'requests without a login' : role}.${worst} ` +
              'A list costs its page size (`limit`) times what is selected in it: ask for smaller pages, fewer nested lists or fewer fields, or split the request.';
            opts.logger.info({ requestId: contextValue.requestId, role, cost: Number.isFinite(cost) ? cost : null, limit, costliest: costliest?.field }, 'request over its cost limit refused');
            throw refusal(new CostLimitError(message, { cost: Number.isFinite(cost) ? cost : -1, limit, role, costliestField: costliest?.field, costliestFieldCost: costliest?.cost }), 400);
          }
          if (!contextValue.viewer && operation.operation === 'query') {
            try {
              await opts.publicQueries.consume(contextValue.clientIp);
            } catch (e) {
              if (!(e instanceof RateLimitError)) throw e;
              throw refusal(e, 429, [['retry-after', String(e.params?.retryAfterSeconds ?? 1)]]);
            }
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          // A statement cancelled by the timeout, a database that cannot be reached: 503, retry later.
          if (response.body.singleResult.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(DatabaseUnavailableError.RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}
