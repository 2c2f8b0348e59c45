import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { DriverException } from '@mikro-orm/core';
import { BadInputError, ForbiddenError, NotFoundError } from '../shared/domain-error';

/** The error codes clients can rely on in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** The HTTP request itself is malformed: body that is not JSON, unsupported method, bad parameters. */
  BAD_REQUEST = 'BAD_REQUEST',
  /** The document is not valid GraphQL syntax. */
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  /** The document has more tokens than MAX_QUERY_TOKENS. */
  TOO_MANY_TOKENS = 'TOO_MANY_TOKENS',
  /** The request body is larger than the limit. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The request body's content type, charset or encoding is not one the API reads. */
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  /** A browser (no API token) sent a document that is not one of the web app's persisted ones. */
  PERSISTED_QUERY_REQUIRED = 'PERSISTED_QUERY_REQUIRED',
  /** An API token has spent its points of the hour (HTTP 429, Retry-After). */
  RATE_LIMITED = 'RATE_LIMITED',
}

/** The most tokens a document may have; Apollo's parser stops counting there (parseOptions.maxTokens). */
export const MAX_QUERY_TOKENS = 2000;

/** Bad input found at the GraphQL edge; the domain throws BadInputError, answered the same way. */
export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) },
  });
}

const PASS_THROUGH = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.TOO_MANY_TOKENS,
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  ErrorCode.PERSISTED_QUERY_REQUIRED,
  ErrorCode.RATE_LIMITED,
  'OPERATION_RESOLUTION_FAILURE',
  ErrorCode.BAD_REQUEST,
]);

/** graphql-js's message when a document passes parseOptions.maxTokens (16.x spells it "more that"). */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/**
 * Argument values that fail coercion (an unknown enum value, a negative Decimal written inline)
 * are reported by graphql-js as validation failures; to clients they are bad input like the same
 * value sent through a variable, which Apollo already reports as BAD_USER_INPUT.
 */
const BAD_VALUE_MESSAGE =
  /^(Expected value of type|Enum "[^"]+" cannot represent|Value "[^"]*" does not exist in|Int cannot represent|Float cannot represent|String cannot represent|ID cannot represent|Boolean cannot represent)/;

/**
 * Shapes every error that leaves the API: known codes pass through with their message, anything
 * else is logged and replaced by a generic INTERNAL_SERVER_ERROR (no message leak, no stack).
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      return validationFailure(formatted, original);
    }
    let code = refusalCodeOf(original) ?? String(formatted.extensions?.code ?? '');
    if (code === 'UNAUTHORIZED') code = ErrorCode.FORBIDDEN; // type-graphql's AuthorizationError
    if (code === 'GRAPHQL_VALIDATION_FAILED' && BAD_VALUE_MESSAGE.test(formatted.message)) {
      code = ErrorCode.BAD_USER_INPUT;
    }
    if (code === ErrorCode.GRAPHQL_PARSE_FAILED && TOKEN_LIMIT_MESSAGE.test(formatted.message)) {
      return {
        message: `The document has more than ${MAX_QUERY_TOKENS} tokens; send a smaller query.`,
        extensions: { code: ErrorCode.TOO_MANY_TOKENS, maxTokens: MAX_QUERY_TOKENS },
      };
    }
    if (isCodelessRequestError(original)) code = ErrorCode.BAD_REQUEST;
    if (PASS_THROUGH.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      const field = original instanceof BadInputError && original.field ? { field: original.field } : {};
      return { ...formatted, extensions: { ...extensions, code, ...field } };
    }
    log.error({ err: loggableError(original), path: formatted.path }, 'unexpected error in GraphQL request');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** The code of a request the domain refused as a whole (shared/domain-error.ts). */
function refusalCodeOf(error: unknown): ErrorCode | undefined {
  if (error instanceof BadInputError) return ErrorCode.BAD_USER_INPUT;
  if (error instanceof ForbiddenError) return ErrorCode.FORBIDDEN;
  if (error instanceof NotFoundError) return ErrorCode.NOT_FOUND;
  return undefined;
}

/**
 * Apollo answers some malformed requests (a persisted-query extension that is not an object, a
 * hash that does not match its query) with a GraphQLError carrying a 4xx status but no code; they
 * are the client's mistake, not an internal error.
 */
function isCodelessRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions?.code !== undefined) return false;
  const status = (error.extensions?.http as { status?: number } | undefined)?.status;
  return status !== undefined && status >= 400 && status < 500;
}

/**
 * What to log of an unexpected error. A database error's message starts with the whole SQL
 * statement and its parameters (MikroORM/knex put them there), and its `detail` repeats the row:
 * both may hold personal data, so only the PostgreSQL message, state and object names are kept.
 */
export function loggableError(error: unknown): unknown {
  const isDatabaseError =
    error instanceof DriverException ||
    (error instanceof Error && typeof (error as { routine?: unknown }).routine === 'string');
  if (!isDatabaseError) return error;
  const { code, table, column, constraint, routine } = error as Error & Record<string, string | undefined>;
  // knex writes "<statement> - <PostgreSQL message>", MikroORM adds "\n - detail: …" and "\n - hint: …".
  const withoutDetail = error.message.split(/\n - (?:detail|hint): /)[0];
  const separator = withoutDetail.lastIndexOf(' - ');
  return {
    type: error.name,
    message: separator >= 0 ? withoutDetail.slice(separator + 3) : withoutDetail,
    sqlState: code,
    table,
    column,
    constraint,
    routine,
    stack: (error.stack ?? '')
      .split('\n')
      .filter((line) => line.trim().startsWith('at '))
      .join('\n'),
  };
}

/** One message per failed class-validator constraint, with the path of the field. */
function flattenValidationErrors(
  errors: ValidationError[],
  prefix = '',
): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * type-graphql reports every validation failure as "Argument Validation Error" with the raw
 * class-validator objects (which echo the whole input); clients get the messages and field paths.
 */
function validationFailure(
  formatted: GraphQLFormattedError,
  error: ArgumentValidationError,
): GraphQLFormattedError {
  const fields = flattenValidationErrors((error.extensions.validationErrors ?? []) as ValidationError[]);
  return {
    message: fields.map((failure) => failure.message).join('; ') || 'Invalid arguments',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
  };
}
