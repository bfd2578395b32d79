import {
  ChangesCursorDocument,
  createClient,
  type GraphQLRequestError,
  MeDocument,
  persistedDocumentHash,
} from '@census/client';

import { Role } from '../src/auth/role';
import { MANIFEST, startTestApi, type TestAccount, type TestApi } from './harness';

let api: TestApi;
let integration: TestAccount;

beforeAll(async () => {
  api = await startTestApi('trusted-documents', { trustedDocumentsRequiredFor: [Role.INTEGRATION] });
  integration = await api.account(Role.INTEGRATION, ['33']);
});

afterAll(() => api?.close());

async function post(body: Record<string, unknown>, token: string) {
  const response = await fetch(api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const cursorHash = persistedDocumentHash(ChangesCursorDocument)!;

describe('trusted documents', () => {
  it('runs a manifest document named by its hash, in both request forms', async () => {
    expect(MANIFEST[cursorHash]).toContain('changesCursor');
    const byId = await post({ documentId: cursorHash, variables: {} }, integration.token);
    expect(byId).toMatchObject({
      status: 200,
      body: { data: { changesCursor: expect.any(String) as string } },
    });
    const apolloStyle = await post(
      { extensions: { persistedQuery: { version: 1, sha256Hash: cursorHash.slice('sha256:'.length) } } },
      integration.token,
    );
    expect(apolloStyle).toMatchObject({
      status: 200,
      body: { data: { changesCursor: expect.any(String) as string } },
    });
  });

  it('refuses an unknown hash and a query text that contradicts the hash', async () => {
    const unknown = await post({ documentId: `sha256:${'0'.repeat(64)}` }, api.admin.token);
    expect(unknown).toMatchObject({
      status: 400,
      body: { errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] },
    });
    const mismatch = await post({ documentId: cursorHash, query: '{ me { id } }' }, api.admin.token);
    expect(mismatch.status).toBe(400);
  });

  it('lets integration accounts run nothing but the manifest, while offices may send any query', async () => {
    const adHoc = await post({ query: '{ changesCursor }' }, integration.token);
    expect(adHoc.status).toBe(403);
    expect(adHoc.body).toMatchObject({ errors: [{ extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }] });
    // The exact text of a manifest document is as good as its hash.
    const exactText = await post({ query: MANIFEST[cursorHash] }, integration.token);
    expect(exactText.status).toBe(200);
    const office = await post({ query: '{ changesCursor }' }, api.admin.token);
    expect(office).toMatchObject({
      status: 200,
      body: { data: { changesCursor: expect.any(String) as string } },
    });
  });

  it('is what the typed client sends with documentIds: true', async () => {
    const client = createClient({ url: api.graphqlUrl, token: integration.token, documentIds: true });
    await expect(client.request(MeDocument)).resolves.toMatchObject({ me: { role: 'INTEGRATION' } });
    const plain = createClient({ url: api.graphqlUrl, token: integration.token });
    const error = (await plain.request(MeDocument).catch((e: unknown) => e)) as GraphQLRequestError;
    // The client's document text is formatted differently from the manifest's normalized form.
    expect(error.codes).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
  });
});
