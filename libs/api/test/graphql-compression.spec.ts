import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { startTestApi, type TestApi } from './harness';

/** GraphQL answers compressed for phones on slow networks (issue 17), by what the client accepts. */
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi('graphql-compression');
});

afterAll(async () => {
  await api?.close();
});

/** A POST as it goes over the wire (fetch would undo the encoding and hide it). */
function post(
  query: string,
  acceptEncoding: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const request = http.request(
      api.graphqlUrl,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-encoding': acceptEncoding,
          authorization: `Bearer ${api.admin.token}`,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

// Several KB of JSON: every type of the schema by name.
const LARGE = '{ __schema { types { name kind } } }';

describe('GraphQL answers', () => {
  it('come brotli-compressed to a client that accepts br, gzip to one that accepts gzip', async () => {
    const br = await post(LARGE, 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    const plain = brotliDecompressSync(br.body).toString();
    expect(plain.length).toBeGreaterThan(1024);
    expect(br.body.length).toBeLessThan(plain.length / 3);
    const types = (JSON.parse(plain) as { data: { __schema: { types: { name: string }[] } } }).data.__schema
      .types;
    expect(types.map((type) => type.name)).toContain('Household');

    const gzip = await post(LARGE, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(plain);
  });

  it('come as they are to a client that accepts no encoding, and when they are small', async () => {
    const identity = await post(LARGE, 'identity');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(identity.body.toString())).toHaveProperty('data.__schema.types');

    const small = await post('{ __typename }', 'gzip, br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });
});
