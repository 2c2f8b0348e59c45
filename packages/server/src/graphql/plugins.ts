import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Context } from './context';
import { ErrorCode } from './errors';
import { DEFAULT_PAGE_SIZE } from './relay';

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
 * A connection costs its page size times what each item costs; graphql-query-complexity evaluates
 * the page sizes with the request's variables (graphql-armor's cost limit sees only literals, so
 * `first: $n` would slip past it).
 */
const connectionCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = getNamedType(field.type);
  if (type.name.endsWith('Connection')) {
    const size = (args.first as number | undefined) ?? (args.last as number | undefined) ?? DEFAULT_PAGE_SIZE;
    return 1 + Math.max(size, 1) * childComplexity;
  }
  if (Array.isArray(args.ids)) return 1 + args.ids.length * childComplexity;
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
    cost = getComplexity({
      schema,
      query: document,
      variables,
      operationName,
      estimators: [connectionCost, simpleEstimator({ defaultComplexity: 1 })],
    });
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

export function queryCostPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          assertQueryCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
        },
      };
    },
  };
}
