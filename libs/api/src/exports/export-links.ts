import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a download link works after it was handed out. */
export const LINK_LIFETIME_SECONDS = 15 * 60;

/**
 * Signed download links: `/exports/<job id>/<file>?expires=<unix seconds>&signature=<HMAC>`. The key is derived
 * from the token secret, so a link needs no database row and dies with the secret; the job's own expiry still
 * applies when the file is served.
 */
export class ExportLinks {
  private readonly key: Buffer;

  constructor(tokenSecret: Buffer) {
    this.key = createHmac('sha256', tokenSecret).update('census export download links v1').digest();
  }

  sign(baseUrl: string, jobId: string, file: string, now = Date.now()): string {
    const expires = Math.floor(now / 1000) + LINK_LIFETIME_SECONDS;
    const signature = this.signature(jobId, file, expires);
    return `${baseUrl}/exports/${encodeURIComponent(jobId)}/${encodeURIComponent(file)}?expires=${expires}&signature=${signature}`;
  }

  /** Null when the link is good; otherwise why not. */
  check(jobId: string, file: string, expires: unknown, signature: unknown, now = Date.now()): string | null {
    if (typeof expires !== 'string' || !/^[0-9]{1,12}$/.test(expires) || typeof signature !== 'string') {
      return 'The link is incomplete: it needs expires and signature.';
    }
    const expected = Buffer.from(this.signature(jobId, file, Number(expires)));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return 'The link signature is not valid.';
    }
    if (Number(expires) * 1000 < now) {
      return 'The link has expired: read the export job through node(id) again for a fresh link.';
    }
    return null;
  }

  private signature(jobId: string, file: string, expires: number): string {
    return createHmac('sha256', this.key).update(`${jobId}\n${file}\n${expires}`).digest('base64url');
  }
}
