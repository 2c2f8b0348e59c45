import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';

/** The error codes clients can rely on in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

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
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

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
    let code = String(formatted.extensions?.code ?? '');
    if (code === 'UNAUTHORIZED') code = ErrorCode.FORBIDDEN; // type-graphql's AuthorizationError
    if (code === 'GRAPHQL_VALIDATION_FAILED' && BAD_VALUE_MESSAGE.test(formatted.message)) {
      code = ErrorCode.BAD_USER_INPUT;
    }
    if (PASS_THROUGH.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code } };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL request');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
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

/** The viewer may not do this to this record (object-level rule in a service). */
export class ForbiddenError extends GraphQLError {
  constructor(message = 'You may not do this.') {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

/** The record does not exist, or its existence is private to others. */
export class NotFoundError extends GraphQLError {
  constructor(message = 'Not found.') {
    super(message, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
}
