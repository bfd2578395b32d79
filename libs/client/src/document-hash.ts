import type { TypedDocumentString } from './generated/graphql';

/**
 * The persisted-documents manifest key (`sha256:<hex>`) of a generated operation document; undefined for
 * fragments. Kept apart from the manifest itself so that a browser bundle does not carry the manifest.
 */
export function persistedDocumentHash<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
): string | undefined {
  const meta: Record<string, unknown> | undefined = document.__meta__;
  const hash = meta?.['hash'];
  return typeof hash === 'string' ? hash : undefined;
}
