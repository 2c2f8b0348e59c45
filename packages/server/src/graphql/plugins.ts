import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  BREAK,
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Context } from '../request-context';
import { ErrorCode } from './errors';
import { DEFAULT_PAGE_SIZE } from '../shared/paging';
import { READ_ONLY_TOKEN_MESSAGE } from '../shared/access-role';

export const SQL_STATEMENTS_HEADER = 'x-sql-statements';

/** Reports how many SQL statements the request issued, for statement-count tests and the benchmark. */
export function sqlStatementHeaderPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          response.http.headers.set(SQL_STATEMENTS_HEADER, String(contextValue.sqlStatements.count));
        },
      };
    },
  };
}

/** Logs each operation once, with its name, duration and error codes. */
export function operationLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors, contextValue: ctx }) {
          ctx.log.debug(
            {
              operation: operationName ?? null,
              ms: Math.round(performance.now() - started),
              sqlStatements: ctx.sqlStatements.count,
              errors: errors?.map((error) => error.extensions?.code ?? 'UNKNOWN'),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}

/** Above this estimate (roughly: objects a query could return) a query is refused before it runs. */
export const MAX_QUERY_COST = 20_000;

/**
 * How many items a plain list of objects (a field returning `[T]` without paging, such as
 * `Cooperative.units` or `Program.coverage`) is counted as holding. Most hold a handful; a few
 * are bounded by their input's maximum and counted at that bound.
 */
export const PLAIN_LIST_SIZE = 10;
export const PLAIN_LIST_BOUNDS: Readonly<Record<string, number>> = {
  // Regencies a partner or program covers (partner.input.ts MAX_COVERAGE_REGENCIES, 100); in
  // practice a province's 14, so counted at 20 rather than at the input's cap.
  'Partner.coverage': 20,
  'Program.coverage': 20,
  // Figures broken down by sub-region: 38 provinces of the nation, at most 38 regencies of a
  // province, at most 51 districts of a regency.
  'DinasDashboard.breakdown': 51,
  'CooperativeFigures.breakdown': 51,
};

/**
 * A connection costs its page size times what each item costs; graphql-query-complexity evaluates
 * the page sizes with the request's variables (graphql-armor's cost limit sees only literals, so
 * `first: $n` would slip past it). A plain list of objects costs its estimated size
 * (PLAIN_LIST_SIZE or PLAIN_LIST_BOUNDS) times its items; a connection's `edges` are already
 * counted by the connection's page size, and lists of scalars or enums cost 1.
 */
const connectionCost: ComplexityEstimator = ({ type: parentType, field, args, childComplexity }) => {
  // `__typename` (which Apollo Client adds to every selection) is answered without any work.
  if (field.name === '__typename') return 0;
  const type = getNamedType(field.type);
  if (type.name.endsWith('Connection')) {
    const size = (args.first as number | undefined) ?? (args.last as number | undefined) ?? DEFAULT_PAGE_SIZE;
    return 1 + Math.max(size, 1) * childComplexity;
  }
  if (Array.isArray(args.ids)) return 1 + args.ids.length * childComplexity;
  if (
    isListType(getNullableType(field.type)) &&
    !isLeafType(type) &&
    !parentType.name.endsWith('Connection')
  ) {
    const size = PLAIN_LIST_BOUNDS[`${parentType.name}.${field.name}`] ?? PLAIN_LIST_SIZE;
    return 1 + size * childComplexity;
  }
  return undefined;
};

/**
 * Refuses an operation whose cost estimate is above MAX_QUERY_COST (BAD_USER_INPUT). Shared by the
 * HTTP endpoint (queryCostPlugin) and the WebSocket subscriptions.
 */
export function assertQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
): void {
  let cost: number;
  try {
    cost = estimateQueryCost(schema, document, variables, operationName);
  } catch {
    // Variables that do not fit their types: execution reports them as BAD_USER_INPUT.
    return;
  }
  if (cost > MAX_QUERY_COST) {
    throw new GraphQLError(
      `This query could return about ${cost} objects (limit ${MAX_QUERY_COST}); ask for smaller pages (first/last) in nested lists.`,
      {
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          cost,
          maxCost: MAX_QUERY_COST,
          http: { status: 400 },
        },
      },
    );
  }
}

/** The estimate of the objects an operation could return (throws when its variables do not fit). */
export function estimateQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [connectionCost, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** Arguments whose values connectionCost reads (page sizes, lists of ids). */
const COST_ARGUMENTS = new Set(['first', 'last', 'ids']);

/** Estimates of a document found within the limit, per operation and values of its cost variables. */
interface CostsOfDocument {
  /** Variables the estimate depends on: in COST_ARGUMENTS and in directives (@include/@skip). */
  variables: string[];
  withinLimit: Set<string>;
}

/** Different values of the cost variables remembered per document (a page size chosen by the client). */
const MAX_REMEMBERED_COSTS_PER_DOCUMENT = 100;

function costVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: ASTNode) =>
    visit(node, {
      Variable(variable) {
        names.add(variable.name.value);
      },
    });
  visit(document, {
    VariableDefinition: () => false,
    Field(field) {
      for (const argument of field.arguments ?? []) {
        if (COST_ARGUMENTS.has(argument.name.value)) collect(argument.value);
      }
    },
    Directive(directive) {
      for (const argument of directive.arguments ?? []) collect(argument.value);
    },
  });
  return [...names];
}

/**
 * queryCostPlugin for the HTTP endpoint. Apollo hands over the same parsed document for the same
 * query text (its document store), and the estimate depends only on the document, the operation
 * and the variables it reads (COST_ARGUMENTS, directives): an estimate within the limit is
 * remembered for those, so a query the app sends again and again is walked once. Estimates above
 * the limit, or that fail on the variables, are made again every time (and refused as before).
 */
export function queryCostPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  const costs = new WeakMap<DocumentNode, CostsOfDocument>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const variables = request.variables ?? {};
          let ofDocument = costs.get(document);
          if (!ofDocument) {
            ofDocument = { variables: costVariablesOf(document), withinLimit: new Set() };
            costs.set(document, ofDocument);
          }
          const key = `${request.operationName ?? ''}\u0000${ofDocument.variables
            .map((name) => (Object.hasOwn(variables, name) ? JSON.stringify(variables[name]) : '-'))
            .join(',')}`;
          if (ofDocument.withinLimit.has(key)) return;
          const operationName = request.operationName ?? undefined;
          let cost: number;
          try {
            cost = estimateQueryCost(schema, document, variables, operationName);
          } catch {
            return; // as assertQueryCost: execution reports the variables that do not fit
          }
          if (cost <= MAX_QUERY_COST) {
            if (ofDocument.withinLimit.size < MAX_REMEMBERED_COSTS_PER_DOCUMENT)
              ofDocument.withinLimit.add(key);
            return;
          }
          assertQueryCost(schema, document, variables, operationName);
        },
      };
    },
  };
}

/**
 * Refuses U+0000 in any text of the request (BAD_USER_INPUT): in the variables at any depth,
 * object keys included, whatever the type they are meant for (String, ID, Decimal, dates…), and in
 * the string literals of the document. PostgreSQL cannot store the character in text and answers
 * with an error; refusing it here, before any resolver runs, means no input can forget the check.
 * Refused rather than stripped: a silently changed value (a name, a search, an email) would be
 * stored or matched as something the client did not send.
 */
export function assertNoNulCharacter(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): void {
  const refuse = (path: string) => {
    const where = path.length > 200 ? `${path.slice(0, 200)}…` : path;
    throw new GraphQLError(`Text may not contain the NUL character (U+0000); found in ${where}.`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: where, http: { status: 400 } },
    });
  };
  // Iterative: variables may nest thousands of levels deep within the body limit.
  const pending: [unknown, string][] = [[variables ?? {}, 'variables']];
  while (pending.length > 0) {
    const [value, where] = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) refuse(where);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes('\u0000')) refuse(where);
        pending.push([item, `${where}.${key}`]);
      }
    }
  }
  if (hasNulInStrings(document)) refuse('a string in the query');
}

/** Whether a string literal of the document holds U+0000; once per parsed document. */
const nulInStrings = new WeakMap<DocumentNode, boolean>();

function hasNulInStrings(document: DocumentNode): boolean {
  let found = nulInStrings.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      StringValue(node) {
        if (node.value.includes('\u0000')) {
          found = true;
          return BREAK;
        }
        return undefined;
      },
    });
    nulInStrings.set(document, found);
  }
  return found;
}

/**
 * Checks the request before any resolver runs: no U+0000 in its text (assertNoNulCharacter); no
 * subscription over plain HTTP, where its root field would run without its event stream and fail
 * as an internal error (subscriptions are served over WebSocket on the same path); and no mutation
 * with a read-only API token (FORBIDDEN), whatever the mutation, so no resolver can forget it.
 */
export function requestInputPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, contextValue }) {
          if (operation?.operation === 'mutation' && contextValue.viewer?.mayWrite === false) {
            throw new GraphQLError(READ_ONLY_TOKEN_MESSAGE, {
              extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
            });
          }
          if (operation?.operation === 'subscription') {
            throw new GraphQLError(
              'Subscriptions are served over WebSocket (graphql-ws) on /graphql, not over HTTP.',
              {
                extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } },
              },
            );
          }
          assertNoNulCharacter(document, request.variables);
        },
      };
    },
  };
}

/** The headers of an API token's rate limit, on every answer to a request made with one. */
export const RATE_LIMIT_HEADERS = {
  limit: 'x-ratelimit-limit',
  remaining: 'x-ratelimit-remaining',
  used: 'x-ratelimit-used',
  /** When the hour ends, in seconds since the epoch. */
  reset: 'x-ratelimit-reset',
  /** What this request cost. */
  cost: 'x-ratelimit-cost',
} as const;

/**
 * Requests made with an API token spend the operation's cost estimate (estimateQueryCost) from the
 * token's points of the hour (AppServices.apiTokenLimit); once they are spent, RATE_LIMITED with
 * HTTP 429 and Retry-After until the hour ends. Every answer carries the RATE_LIMIT_HEADERS.
 * Browsers (sessions) are not limited this way.
 */
export function apiTokenLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const credential = contextValue.viewer?.credential;
      if (credential?.kind !== 'apiToken') return;
      let allowance: Awaited<ReturnType<Context['services']['apiTokenLimit']['spend']>> | undefined;
      return {
        async didResolveOperation({ request, document, operationName }) {
          let cost: number;
          try {
            cost = estimateQueryCost(schema, document, request.variables ?? {}, operationName ?? undefined);
          } catch {
            cost = 1; // variables that do not fit: execution refuses them
          }
          allowance = await contextValue.services.apiTokenLimit.spend(credential.tokenId, cost);
          if (allowance.allowed) return;
          const retryAfter = Math.max(1, Math.ceil((allowance.resetAt.getTime() - Date.now()) / 1000));
          throw new GraphQLError(
            `This API token has spent its ${allowance.limit} points of the hour (this request would cost ${allowance.cost}); try again after ${allowance.resetAt.toISOString()}.`,
            {
              extensions: {
                code: ErrorCode.RATE_LIMITED,
                limit: allowance.limit,
                cost: allowance.cost,
                resetAt: allowance.resetAt.toISOString(),
                http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
              },
            },
          );
        },
        async willSendResponse({ response }) {
          if (!allowance) return;
          const headers = response.http.headers;
          headers.set(RATE_LIMIT_HEADERS.limit, String(allowance.limit));
          headers.set(RATE_LIMIT_HEADERS.remaining, String(allowance.remaining));
          headers.set(RATE_LIMIT_HEADERS.used, String(allowance.used));
          headers.set(RATE_LIMIT_HEADERS.reset, String(Math.ceil(allowance.resetAt.getTime() / 1000)));
          headers.set(RATE_LIMIT_HEADERS.cost, String(allowance.cost));
        },
      };
    },
  };
}
