import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLErrorExtensions, type GraphQLFormattedError } from 'graphql';

import { formatMessage, type MessageCode, type MessageParams, negotiateLang } from '@census/rules';

import { shortenEchoes, shortenParams } from './quote';

/**
 * A GraphQL error with a catalogue message: `extensions.messageCode` and `extensions.params` let a client render it
 * in its own language; the message is Chinese, or English when the request asks for it (localizedErrorsPlugin).
 */
export function codedError(
  messageCode: MessageCode,
  params: MessageParams,
  extensions: GraphQLErrorExtensions & { code: string },
): GraphQLError {
  const shortened = shortenParams(params);
  return new GraphQLError(shortenEchoes(formatMessage('zh', messageCode, shortened)), {
    extensions: { ...extensions, messageCode, params: shortened },
  });
}

/**
 * Codes for errors the API did not raise itself (graphql-js's validation and variable errors, the parser, Apollo,
 * an unexpected exception): the client shows a generic text from the code, and `message` keeps the server's own
 * words for the developer who reads the response.
 */
export const GENERIC_MESSAGE_CODES: ReadonlySet<MessageCode> = new Set([
  'server.internal',
  'request.invalid',
]);

/** The generic message code of an error without one, by its `extensions.code`. */
export function genericMessage(code: unknown): { messageCode: MessageCode; params: MessageParams } {
  const internal = code === undefined || code === 'INTERNAL_SERVER_ERROR';
  return { messageCode: internal ? 'server.internal' : 'request.invalid', params: {} };
}

/** A formatted error with a message code: its own, or the generic one of its kind. */
export function withMessageCode(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (typeof formatted.extensions?.messageCode === 'string') return formatted;
  return {
    ...formatted,
    extensions: { ...formatted.extensions, ...genericMessage(formatted.extensions?.code) },
  };
}

/**
 * Renders coded GraphQL errors in the request's language (Accept-Language; Chinese when it asks for neither Chinese
 * nor English). Errors without a message code keep the server's text.
 */
export function localizedErrorsPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    requestDidStart({ request }) {
      const lang = negotiateLang(request.http?.headers.get('accept-language'));
      return Promise.resolve({
        willSendResponse({ response }) {
          if (lang === 'zh' || response.body.kind !== 'single') return Promise.resolve();
          const { errors } = response.body.singleResult;
          if (!errors) return Promise.resolve();
          response.body.singleResult.errors = errors.map((error) => {
            const code = error.extensions?.messageCode;
            if (typeof code !== 'string' || GENERIC_MESSAGE_CODES.has(code as MessageCode)) return error;
            const params = (error.extensions?.params ?? {}) as MessageParams;
            const localized = shortenEchoes(formatMessage(lang, code, params, error.message));
            // graphql-js puts its own words before a scalar's message ("Variable "$on" got invalid value ...; ").
            const chinese = shortenEchoes(formatMessage('zh', code, params));
            const message = error.message.includes(chinese)
              ? error.message.replace(chinese, localized)
              : localized;
            return { ...error, message };
          });
          return Promise.resolve();
        },
      });
    },
  };
}
