/**
 * @census/import-files: what census-admin and the web app's 导入 page share of importing a file — the encoding
 * decided from the whole file (UTF-8, else GB18030; mixed or undecodable files refused), the columns of each kind,
 * rows checked before sending, batches under idempotency keys, and the rejects file; GeoJSON zone outlines (geojson.ts). Nothing here is Node-only.
 */
export * from './batches';
export * from './columns';
export * from './encoding';
export * from './geojson';
export * from './read';
export * from './rejects';
