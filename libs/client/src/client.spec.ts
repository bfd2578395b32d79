/**
 * The client against a tiny real HTTP server (node:http), no mocks: what goes over the wire, bearer
 * tokens, typed results and every way a request can fail.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import * as census from './index';
import {
  createClient,
  CreateZoneDocument,
  type CreateZoneMutation,
  GraphQLRequestError,
  persistedDocumentHash,
  persistedDocuments,
  TypedDocumentString,
  ZoneByCodeDocument,
  type ZoneByCodeQuery,
  ZoneLevel,
} from './index';

interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: unknown;
}

type Reply = (res: ServerResponse) => void;

function json(status: number, payload: unknown, contentType = 'application/graphql-response+json'): Reply {
  return (res) => {
    res.writeHead(status, { 'content-type': `${contentType}; charset=utf-8` });
    res.end(JSON.stringify(payload));
  };
}

/** A server answering each request with the next queued reply and recording what it received. */
class TestServer {
  readonly received: Received[] = [];
  private readonly replies: Reply[] = [];
  private readonly server: Server;

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        this.received.push({
          method: req.method,
          url: req.url,
          headers: req.headers,
          body: JSON.parse(text),
        });
        const reply = this.replies.shift() ?? json(500, { errors: [{ message: 'no reply queued' }] });
        reply(res);
      });
    });
  }

  reply(...replies: Reply[]): this {
    this.replies.push(...replies);
    return this;
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/graphql`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }
}

const zone: NonNullable<ZoneByCodeQuery['zone']> = {
  id: 'Wm9uZToxMTAxMDU=',
  code: '110105',
  name: '朝阳区',
  level: ZoneLevel.COUNTY,
  parentCode: '1101',
  isVirtual: false,
  version: 1,
  createdAt: '2020-10-01T00:00:00.000Z',
  updatedAt: '2020-10-01T00:00:00.000Z',
  parent: { id: 'Wm9uZToxMTAx', code: '1101', name: '市辖区', level: ZoneLevel.CITY },
  children: {
    totalCount: 43,
    pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: 'a', endCursor: 'b' },
    nodes: [],
  },
};

describe('createClient', () => {
  let server: TestServer;
  let url: string;

  beforeEach(async () => {
    server = new TestServer();
    url = await server.start();
  });

  afterEach(async () => {
    await server.stop();
  });

  it('POSTs { query, variables } as JSON with the GraphQL-over-HTTP headers and returns typed data', async () => {
    server.reply(json(200, { data: { zone } }));
    const client = createClient({ url });

    const data = await client.request(ZoneByCodeDocument, { code: '110105', childrenFirst: 50 });

    // The result is typed from the document: no cast needed.
    const result: ZoneByCodeQuery = data;
    expect(result.zone?.children.totalCount).toBe(43);
    expect(result.zone?.level).toBe('COUNTY');

    expect(server.received).toHaveLength(1);
    const [req] = server.received;
    expect(req?.method).toBe('POST');
    expect(req?.url).toBe('/graphql');
    expect(req?.headers['content-type']).toBe('application/json');
    expect(req?.headers['accept']).toBe('application/graphql-response+json, application/json');
    expect(req?.headers['authorization']).toBeUndefined();
    expect(req?.body).toEqual({
      query: ZoneByCodeDocument.toString(),
      variables: { code: '110105', childrenFirst: 50 },
      operationName: 'ZoneByCode',
    });
  });

  it('sends the generated document text, which names the operation and includes its fragments', async () => {
    server.reply(json(200, { data: { createZone: { zone: null, userErrors: [] } } }));
    const client = createClient({ url });

    const data: CreateZoneMutation = await client.request(CreateZoneDocument, {
      input: { code: '110105001001003', name: '第3普查小区' },
    });

    expect(data.createZone.userErrors).toEqual([]);
    const body = server.received[0]?.body as { query: string };
    expect(body.query).toContain('mutation CreateZone(');
    expect(body.query).toContain('fragment ZoneFields on Zone');
    expect(body.query).toContain('userErrors {');
  });

  it('sends a string token as a bearer token and keeps the extra headers', async () => {
    server.reply(json(200, { data: { zone: null } }));
    const client = createClient({ url, token: 'secret-token', headers: { 'X-Census-Office': '110105001' } });

    await client.request(ZoneByCodeDocument, { code: '99' });

    expect(server.received[0]?.headers['authorization']).toBe('Bearer secret-token');
    expect(server.received[0]?.headers['x-census-office']).toBe('110105001');
  });

  it('calls a token function before every request, so a refreshed token is used', async () => {
    server.reply(
      json(200, { data: { zone: null } }),
      json(200, { data: { zone: null } }),
      json(200, { data: { zone: null } }),
    );
    const tokens = ['first', 'second'];
    let calls = 0;
    const client = createClient({
      url,
      token: async () => {
        calls += 1;
        await Promise.resolve();
        return tokens.shift();
      },
    });

    await client.request(ZoneByCodeDocument, { code: '11' });
    await client.request(ZoneByCodeDocument, { code: '11' });
    await client.request(ZoneByCodeDocument, { code: '11' });

    expect(calls).toBe(3);
    expect(server.received.map((r) => r.headers['authorization'])).toEqual([
      'Bearer first',
      'Bearer second',
      undefined,
    ]);
  });

  it('throws GraphQLRequestError with the errors, their codes, the status and partial data', async () => {
    server.reply(
      json(200, {
        data: { zone: null },
        errors: [
          { message: 'Not signed in', path: ['zone'], extensions: { code: 'UNAUTHENTICATED' } },
          { message: 'Second problem', extensions: { code: 'FORBIDDEN' } },
        ],
      }),
    );
    const client = createClient({ url });

    const error = await client.request(ZoneByCodeDocument, { code: '11' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toBeInstanceOf(Error);
    const failure = error as GraphQLRequestError;
    expect(failure.name).toBe('GraphQLRequestError');
    expect(failure.message).toBe('ZoneByCode: Not signed in [UNAUTHENTICATED] (and 1 more)');
    expect(failure.status).toBe(200);
    expect(failure.errors).toHaveLength(2);
    expect(failure.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(failure.codes).toEqual(['UNAUTHENTICATED', 'FORBIDDEN']);
    expect(failure.data).toEqual({ zone: null });
    expect(failure.url).toBe(url);
    expect(failure.operationName).toBe('ZoneByCode');
  });

  it('reads GraphQL errors from an HTTP 400 response (validation errors)', async () => {
    server.reply(
      json(
        400,
        {
          errors: [
            {
              message: 'Variable "$code" of required type "String!" was not provided.',
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
        },
        'application/json',
      ),
    );
    const client = createClient({ url });

    const error = (await client
      .request(ZoneByCodeDocument, { code: '11' })
      .catch((e: unknown) => e)) as GraphQLRequestError;

    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error.status).toBe(400);
    expect(error.codes).toEqual(['BAD_USER_INPUT']);
    expect(error.data).toBeUndefined();
  });

  it('throws GraphQLRequestError on a non-JSON 502, naming the status and the URL', async () => {
    server.reply((res) => {
      res.writeHead(502, 'Bad Gateway', { 'content-type': 'text/html' });
      res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    });
    const client = createClient({ url });

    const error = (await client
      .request(ZoneByCodeDocument, { code: '11' })
      .catch((e: unknown) => e)) as GraphQLRequestError;

    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error.status).toBe(502);
    expect(error.errors).toEqual([]);
    expect(error.message).toContain('HTTP 502 Bad Gateway');
    expect(error.message).toContain(url);
    expect(error.message).toContain('502 Bad Gateway</h1>');
  });

  it('throws GraphQLRequestError when a 200 response is not a GraphQL result', async () => {
    server.reply((res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('hello');
    });
    const client = createClient({ url });

    const error = (await client
      .request(ZoneByCodeDocument, { code: '11' })
      .catch((e: unknown) => e)) as GraphQLRequestError;

    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error.status).toBe(200);
    expect(error.message).toContain('is not a GraphQL result');
  });

  it('throws GraphQLRequestError when the connection is refused', async () => {
    // A port that was just free: start a server, note its address, close it.
    const gone = new TestServer();
    const goneUrl = await gone.start();
    await gone.stop();
    const client = createClient({ url: goneUrl });

    const error = (await client
      .request(ZoneByCodeDocument, { code: '11' })
      .catch((e: unknown) => e)) as GraphQLRequestError;

    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error.status).toBeUndefined();
    expect(error.errors).toEqual([]);
    expect(error.message).toContain(`could not reach ${goneUrl}`);
    expect(error.message).toContain('ECONNREFUSED');
    expect((error.cause as Error).message).toBe('fetch failed');
  });

  it('rejects with the AbortError itself when the signal aborts', async () => {
    server.reply(() => {
      // never answer
    });
    const client = createClient({ url });
    const controller = new AbortController();

    const pending = client.request(ZoneByCodeDocument, { code: '11' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await pending.catch((e: unknown) => e);

    expect(error).not.toBeInstanceOf(GraphQLRequestError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('uses the fetch given in the options', async () => {
    const seen: string[] = [];
    const client = createClient({
      url: 'http://census.invalid/graphql',
      fetch: async (target, init) => {
        seen.push(`${init.method} ${target}`);
        await Promise.resolve();
        return {
          ok: true,
          status: 200,
          statusText: 'OK',
          headers: { get: () => 'application/json' },
          text: () => Promise.resolve(JSON.stringify({ data: { zone } })),
        };
      },
    });

    const data = await client.request(ZoneByCodeDocument, { code: '110105' });

    expect(data.zone?.name).toBe('朝阳区');
    expect(seen).toEqual(['POST http://census.invalid/graphql']);
  });
});

describe('persisted documents', () => {
  it('lists every generated operation under the hash embedded in its document', () => {
    const hash = persistedDocumentHash(ZoneByCodeDocument);
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(persistedDocuments[hash as string]).toContain('query ZoneByCode(');
  });

  it('has exactly one entry per exported operation document', () => {
    const exported: Record<string, unknown> = census;
    const operations = Object.entries(exported).filter(
      ([name, value]) => value instanceof TypedDocumentString && !name.endsWith('FragmentDoc'),
    );
    const hashes = operations.map(([, document]) =>
      persistedDocumentHash(document as TypedDocumentString<unknown, unknown>),
    );

    expect(operations.length).toBe(Object.keys(persistedDocuments).length);
    expect(hashes.every((hash) => hash !== undefined && hash in persistedDocuments)).toBe(true);
    expect(new Set(hashes).size).toBe(Object.keys(persistedDocuments).length);
  });
});

// Type-level checks (run by `tsc -p tsconfig.json`): variables are typed from the document.
export function typeChecks(client: ReturnType<typeof createClient>): void {
  // @ts-expect-error code must be a string
  void client.request(ZoneByCodeDocument, { code: 110105 });
  // @ts-expect-error unknown variable
  void client.request(ZoneByCodeDocument, { code: '11', nope: true });
}
