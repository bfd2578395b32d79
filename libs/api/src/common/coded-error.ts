import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLErrorExtensions } from 'graphql';

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
            if (typeof code !== 'string') return error;
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
