/**
 * @census/client: the typed client of the census GraphQL API.
 *
 * - `createClient({ url, token })` sends the generated documents with fetch (browser and Node 20).
 * - Every operation of src/operations is exported as `<Name>Document` with its `<Name>Query` /
 *   `<Name>Mutation` result and `...Variables` types; fragments as `<Name>Fragment` types;
 *   schema enums as const objects with same-named string-literal types; input types as types.
 */
export {
  createClient,
  GraphQLRequestError,
  operationNameOf,
  type CensusClient,
  type ClientOptions,
  type FetchLike,
  type FetchResponseLike,
  type GraphQLErrorLike,
  type RequestOptions,
  type TokenSource,
} from './client';
export { persistedDocumentHash, persistedDocuments } from './persisted-documents';
export * from './generated/graphql';
