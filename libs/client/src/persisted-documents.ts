/**
 * The persisted-documents manifest emitted by codegen: `{ "sha256:<hex>": "<normalized document>" }`,
 * one entry per operation in src/operations. A server can load it as its list of trusted documents;
 * every generated operation document carries its key in `__meta__.hash`.
 */
import type { TypedDocumentString } from './generated/graphql';
import manifest from './generated/persisted-documents.json';

/** Hash (`sha256:<hex>`) to normalized document text, for every generated operation. */
export const persistedDocuments: Readonly<Record<string, string>> = manifest;

/** The manifest key of a generated operation document; undefined for fragments. */
export function persistedDocumentHash<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
): string | undefined {
  const meta: Record<string, unknown> | undefined = document.__meta__;
  const hash = meta?.['hash'];
  return typeof hash === 'string' ? hash : undefined;
}
