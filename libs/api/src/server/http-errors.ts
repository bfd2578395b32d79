import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';

/**
 * Errors answered by Express itself, before or around Apollo: a body that is not JSON, too large, in an unknown
 * charset or encoding, not a JSON object; unknown routes; an exception in any handler. Each answers a
 * GraphQL-shaped JSON body with a code and a reason, like every GraphQL error, never Express's HTML page and never
 * a stack trace or a path, in production and development alike.
 */
export interface HttpRefusal {
  status: number;
  code: string;
  reason: string;
  message: string;
}

export function sendRefusal(req: Request, res: Response, refusal: HttpRefusal): void {
  const accept = req.get('accept') ?? '';
  res
    .status(refusal.status)
    .type(
      accept.includes('application/graphql-response+json')
        ? 'application/graphql-response+json; charset=utf-8'
        : 'application/json; charset=utf-8',
    )
    .send(
      JSON.stringify({
        errors: [{ message: refusal.message, extensions: { code: refusal.code, reason: refusal.reason } }],
      }),
    );
}

const badRequest = (reason: string, message: string): HttpRefusal => ({
  status: 400,
  code: 'BAD_REQUEST',
  reason,
  message,
});

const megabytes = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

/** The refusal for an error of Express's body parser (by its `type`), or of any other handler. */
function refusalOf(error: unknown): HttpRefusal | null {
  const { type, status, limit } = (typeof error === 'object' && error !== null ? error : {}) as {
    type?: unknown;
    status?: unknown;
    limit?: unknown;
  };
  switch (type) {
    case 'entity.parse.failed':
      return badRequest('MALFORMED_JSON', '请求体不是有效的 JSON。 The request body is not valid JSON.');
    case 'entity.too.large': {
      const size = typeof limit === 'number' ? megabytes(limit) : null;
      return {
        status: 413,
        code: 'BAD_REQUEST',
        reason: 'BODY_TOO_LARGE',
        message: size
          ? `请求体超过 ${size} 的上限。 The request body exceeds the limit of ${size}.`
          : '请求体太大。 The request body is too large.',
      };
    }
    case 'charset.unsupported':
      return {
        status: 415,
        code: 'BAD_REQUEST',
        reason: 'UNSUPPORTED_CHARSET',
        message: '请求体须以 UTF-8 编码。 The request body must be encoded in UTF-8.',
      };
    case 'encoding.unsupported':
      return {
        status: 415,
        code: 'BAD_REQUEST',
        reason: 'UNSUPPORTED_ENCODING',
        message:
          '不支持此 Content-Encoding（可用 gzip、deflate、br 或不压缩）。 ' +
          'This Content-Encoding is not supported (use gzip, deflate, br or none).',
      };
    case 'request.aborted':
    case 'request.size.invalid':
      return badRequest('INCOMPLETE_BODY', '请求体不完整。 The request body is incomplete.');
  }
  if (status === 404) return NOT_FOUND;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return {
      status,
      code: 'BAD_REQUEST',
      reason: 'BAD_REQUEST',
      message: '请求无效。 The request is not valid.',
    };
  }
  return null;
}

const NOT_FOUND: HttpRefusal = {
  status: 404,
  code: 'NOT_FOUND',
  reason: 'NO_SUCH_ROUTE',
  message: '此地址不存在。 There is nothing at this address.',
};

const INTERNAL: HttpRefusal = {
  status: 500,
  code: 'INTERNAL_SERVER_ERROR',
  reason: 'INTERNAL',
  message: '服务器内部错误。 Internal server error.',
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
      message:
        '请求体须为 JSON（Content-Type: application/json）。 The request body must be JSON (Content-Type: application/json).',
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
      badRequest(
        'BODY_NOT_OBJECT',
        '请求体须为一个 JSON 对象，如 {"query": "..."}（不支持批量请求）。 ' +
          'The request body must be one JSON object such as {"query": "..."} (batches are not supported).',
      ),
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
