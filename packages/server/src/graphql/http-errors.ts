import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ErrorCode, loggableError } from './errors';

/**
 * The edge of the HTTP application: whatever fails outside Apollo (body parsing, a route that does
 * not exist, an error passed to `next`) leaves in the same shape as a GraphQL error,
 * `{"errors":[{"message","extensions":{"code"}}]}`, with a fixed message: never Express's HTML
 * page, never a stack trace or a path, in every mode.
 */

/** The JSON body of an error answer, shaped like a GraphQL error response. */
export function errorBody(message: string, code: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

/** body-parser's error types (err.type), with the answer each gets. */
const BODY_ERRORS: Record<string, { status: number; code: ErrorCode; message: string }> = {
  'entity.parse.failed': {
    status: 400,
    code: ErrorCode.BAD_REQUEST,
    message: 'The request body is not valid JSON.',
  },
  'entity.too.large': {
    status: 413,
    code: ErrorCode.PAYLOAD_TOO_LARGE,
    message: 'The request body is larger than the limit.',
  },
  'encoding.unsupported': {
    status: 415,
    code: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    message: 'The request body has a content encoding or charset the API does not read; send UTF-8 JSON.',
  },
  'charset.unsupported': {
    status: 415,
    code: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    message: 'The request body has a charset the API does not read; send UTF-8 JSON.',
  },
  'request.aborted': { status: 400, code: ErrorCode.BAD_REQUEST, message: 'The request body was cut off.' },
  'request.size.invalid': {
    status: 400,
    code: ErrorCode.BAD_REQUEST,
    message: 'The request body does not match its Content-Length.',
  },
};

/**
 * OPTIONS gets 405 on every path: the API answers no CORS preflight (browsers reach it through the
 * web app's own origin), and Express would otherwise answer a route's OPTIONS with a text/plain
 * list of its methods. Mount before the routes.
 */
export const refuseOptions: RequestHandler = (req, res, next) => {
  if (req.method !== 'OPTIONS') {
    next();
    return;
  }
  res
    .status(405)
    .set('allow', 'GET, HEAD, POST')
    .json(
      errorBody(
        'OPTIONS is not supported: the API does not answer cross-origin requests.',
        ErrorCode.BAD_REQUEST,
      ),
    );
};

/** Answers any request no route took: 404 NOT_FOUND. Mount after every route. */
export const unknownRoute: RequestHandler = (_req, res) => {
  res
    .status(404)
    .json(
      errorBody('There is nothing at this address. The GraphQL endpoint is /graphql.', ErrorCode.NOT_FOUND),
    );
};

/**
 * The last error handler. Client errors (body-parser's and any other with a 4xx status) are
 * answered with their status and a fixed message; anything else is logged and answered 500
 * INTERNAL_SERVER_ERROR.
 */
export function finalErrorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      // Too late for an answer of our own; Express closes the connection.
      next(error);
      return;
    }
    const { type, status, expose, limit } = (error ?? {}) as {
      type?: string;
      status?: number;
      expose?: boolean;
      limit?: number;
    };
    const known = type ? BODY_ERRORS[type] : undefined;
    if (known) {
      const extensions = known.code === ErrorCode.PAYLOAD_TOO_LARGE && limit ? { maxBytes: limit } : {};
      res.status(known.status).json(errorBody(known.message, known.code, extensions));
      return;
    }
    if (typeof status === 'number' && status >= 400 && status < 500 && expose !== false) {
      res.status(status).json(errorBody('The request is not valid.', ErrorCode.BAD_REQUEST));
      return;
    }
    (req.log ?? log).error({ err: loggableError(error) }, 'unexpected error in HTTP request');
    res.status(500).json(errorBody('Internal server error', ErrorCode.INTERNAL_SERVER_ERROR));
  };
}
