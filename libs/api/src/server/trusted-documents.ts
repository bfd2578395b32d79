import type { NextFunction, Request, Response } from 'express';

import type { Principal } from '../auth/principal';
import type { Role } from '../auth/role';
import { codedError } from '../common/coded-error';
import { quote } from '../common/quote';

/** `{ "sha256:<hex>": "<document>" }`: the persisted-documents manifest the client build emits. */
export type DocumentManifest = Readonly<Record<string, string>>;

export interface TrustedDocumentsOptions {
  /** The trusted documents; requests may name one by `documentId` instead of sending its text. */
  manifest: DocumentManifest;
  /** Roles that may only run documents of the manifest (sent by documentId or as their exact text). */
  requiredFor?: readonly Role[];
}

/**
 * Trusted documents (persisted operations): a request may send `{"documentId": "sha256:<hex>", "variables": ...}`
 * (or Apollo's `extensions.persistedQuery.sha256Hash`) in place of the query text; the server runs the manifest's
 * document of that hash. Accounts of the roles in `requiredFor` can run nothing else, so a leaked integration
 * token cannot be used to explore the schema or run expensive hand-written queries.
 */
export class TrustedDocuments {
  private readonly texts: ReadonlySet<string>;
  private readonly trusted = new WeakSet<Request>();
  private readonly requiredFor: ReadonlySet<Role>;

  constructor(private readonly options: TrustedDocumentsOptions) {
    this.texts = new Set(Object.values(options.manifest));
    this.requiredFor = new Set(options.requiredFor ?? []);
  }

  /** Express middleware after the JSON body parser: resolves document IDs and marks trusted requests. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const body: unknown = req.body;
    if (req.method !== 'POST' || typeof body !== 'object' || body === null) {
      next();
      return;
    }
    const request = body as {
      query?: unknown;
      documentId?: unknown;
      extensions?: { persistedQuery?: { sha256Hash?: unknown } };
    };
    const apolloHash = request.extensions?.persistedQuery?.sha256Hash;
    const id = request.documentId ?? (typeof apolloHash === 'string' ? `sha256:${apolloHash}` : apolloHash);
    if (id === undefined) {
      if (typeof request.query === 'string' && this.texts.has(request.query)) this.trusted.add(req);
      next();
      return;
    }
    const text = typeof id === 'string' ? this.options.manifest[id] : undefined;
    if (text === undefined) {
      refuse(
        res,
        `未知的 documentId ${quote(typeof id === 'string' ? id : JSON.stringify(id))}，请发送客户端清单中的文档。 ` +
          `Unknown documentId ${quote(typeof id === 'string' ? id : JSON.stringify(id))}: send a document of the ` +
          "client's manifest.",
        'PERSISTED_QUERY_NOT_FOUND',
      );
      return;
    }
    if (request.query !== undefined && request.query !== text) {
      refuse(res, 'The query text does not match the document named by documentId.', 'BAD_REQUEST');
      return;
    }
    request.query = text;
    delete request.documentId;
    if (request.extensions) delete request.extensions.persistedQuery;
    this.trusted.add(req);
    next();
  };

  /** Throws when the caller's role may only run trusted documents and this request is not one. */
  check(req: Request, principal: Principal): void {
    if (principal.kind !== 'staff' || !this.requiredFor.has(principal.role) || this.trusted.has(req)) return;
    throw codedError(
      'auth.trustedDocumentRequired',
      { role: principal.role },
      { code: 'TRUSTED_DOCUMENT_REQUIRED', http: { status: 403 } },
    );
  }
}

function refuse(res: Response, message: string, code: string): void {
  res.status(400).json({ errors: [{ message, extensions: { code } }] });
}
