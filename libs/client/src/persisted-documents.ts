/**
 * The persisted-documents manifest emitted by codegen: `{ "sha256:<hex>": "<normalized document>" }`,
 * one entry per operation in src/operations. A server can load it as its list of trusted documents;
 * every generated operation document carries its key in `__meta__.hash`.
 */
import manifest from './generated/persisted-documents.json';

/** Hash (`sha256:<hex>`) to normalized document text, for every generated operation. */
export const persistedDocuments: Readonly<Record<string, string>> = manifest;

export { persistedDocumentHash } from './document-hash';
