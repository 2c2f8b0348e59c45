import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';

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
