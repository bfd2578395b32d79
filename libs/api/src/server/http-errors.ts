import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';

import { formatMessage, type MessageCode, type MessageParams, negotiateLang } from '@census/rules';

/**
 * Errors answered by Express itself, before or around Apollo: a body that is not JSON, too large, in an unknown
 * charset or encoding, not a JSON object; unknown routes; an exception in any handler. Each answers a
 * GraphQL-shaped JSON body with a code and a reason, like every GraphQL error, never Express's HTML page and never
 * a stack trace or a path, in production and development alike. Like every other error of the API, each carries a
 * catalogue message (`extensions.messageCode` and `params`), its `message` in the request's language
 * (Accept-Language; Chinese unless English is asked for).
 */
export interface HttpRefusal {
  status: number;
  code: string;
  reason: string;
  messageCode: MessageCode;
  params?: MessageParams;
}

export function sendRefusal(req: Request, res: Response, refusal: HttpRefusal): void {
  const accept = req.get('accept') ?? '';
  const params = refusal.params ?? {};
  const message = formatMessage(negotiateLang(req.get('accept-language')), refusal.messageCode, params);
  res
    .status(refusal.status)
    .type(
      accept.includes('application/graphql-response+json')
        ? 'application/graphql-response+json; charset=utf-8'
        : 'application/json; charset=utf-8',
    )
    .send(
      JSON.stringify({
        errors: [
          {
            message,
            extensions: {
              code: refusal.code,
              reason: refusal.reason,
              messageCode: refusal.messageCode,
              params,
            },
          },
        ],
      }),
    );
}

const badRequest = (reason: string, messageCode: MessageCode, params?: MessageParams): HttpRefusal => ({
  status: 400,
  code: 'BAD_REQUEST',
  reason,
  messageCode,
  ...(params ? { params } : {}),
});

/** A body limit as people write it: 64 KB, 5 MB. */
function sizeOf(bytes: number): MessageParams {
  return bytes >= 1_048_576
    ? { size: Math.round((bytes / 1_048_576) * 10) / 10, unit: 'mb' }
    : { size: Math.round(bytes / 1024), unit: 'kb' };
}

/** The refusal for an error of Express's body parser (by its `type`), or of any other handler. */
function refusalOf(error: unknown): HttpRefusal | null {
  const { type, status, limit } = (typeof error === 'object' && error !== null ? error : {}) as {
    type?: unknown;
    status?: unknown;
    limit?: unknown;
  };
  switch (type) {
    case 'entity.parse.failed':
      return badRequest('MALFORMED_JSON', 'http.malformedJson');
    case 'entity.too.large':
      // The body parser always names its limit; the 100 KB fallback is its own default.
      return {
        status: 413,
        code: 'BAD_REQUEST',
        reason: 'BODY_TOO_LARGE',
        messageCode: 'http.bodyTooLarge',
        params: sizeOf(typeof limit === 'number' ? limit : 102_400),
      };
    case 'charset.unsupported':
      return {
        status: 415,
        code: 'BAD_REQUEST',
        reason: 'UNSUPPORTED_CHARSET',
        messageCode: 'http.unsupportedCharset',
      };
    case 'encoding.unsupported':
      return {
        status: 415,
        code: 'BAD_REQUEST',
        reason: 'UNSUPPORTED_ENCODING',
        messageCode: 'http.unsupportedEncoding',
      };
    case 'request.aborted':
    case 'request.size.invalid':
      return badRequest('INCOMPLETE_BODY', 'http.incompleteBody');
  }
  if (status === 404) return NOT_FOUND;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, code: 'BAD_REQUEST', reason: 'BAD_REQUEST', messageCode: 'http.badRequest' };
  }
  return null;
}

const NOT_FOUND: HttpRefusal = {
  status: 404,
  code: 'NOT_FOUND',
  reason: 'NO_SUCH_ROUTE',
  messageCode: 'http.notFound',
};

const INTERNAL: HttpRefusal = {
  status: 500,
  code: 'INTERNAL_SERVER_ERROR',
  reason: 'INTERNAL',
  messageCode: 'server.internal',
};

/**
 * Before the JSON parser on the GraphQL path: the path itself only (`/graphql/anything` is no route), and a POST
 * body only as JSON (`application/json` or `application/*+json`).
 */
export const graphqlRequestGuard: RequestHandler = (req, res, next) => {
  if (req.path !== '/') {
    sendRefusal(req, res, NOT_FOUND);
    return;
  }
  // `is` answers null for a request without a body: Apollo names what is missing.
  if (req.method === 'POST' && req.is(['application/json', 'application/*+json']) === false) {
    sendRefusal(req, res, {
      status: 415,
      code: 'BAD_REQUEST',
      reason: 'UNSUPPORTED_MEDIA_TYPE',
      messageCode: 'http.unsupportedMediaType',
    });
    return;
  }
  next();
};

/** After the JSON parser: a GraphQL request is one JSON object (no batches, strings or numbers). */
export const graphqlBodyGuard: RequestHandler = (req, res, next) => {
  const body: unknown = req.body;
  if (
    req.method === 'POST' &&
    body !== undefined &&
    (typeof body !== 'object' || body === null || Array.isArray(body))
  ) {
    sendRefusal(
      req,
      res,
      badRequest('BODY_NOT_OBJECT', 'http.bodyNotObject', { example: '{"query": "..."}' }),
    );
    return;
  }
  next();
};

/** Last route: anything no router answered. */
export const notFound: RequestHandler = (req, res) => sendRefusal(req, res, NOT_FOUND);

/**
 * Last error handler: a coded JSON answer for every error a handler passes on. Client errors name their reason;
 * anything else is logged here and answered as an internal error without detail.
 */
export const finalErrorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const refusal = refusalOf(error);
  if (!refusal) console.error(`${req.method} ${req.path}:`, error);
  sendRefusal(req, res, refusal ?? INTERNAL);
};
