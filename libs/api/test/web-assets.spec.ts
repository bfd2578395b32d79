import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';

import express from 'express';

import { webAppRouter } from '../src/server/explorer';

/**
 * The web app's files as the build leaves them (apps/web/vite.config.mts writes each asset also as .br and .gz):
 * served precompressed by what the browser accepts, hashed assets cached for a year, index.html never.
 */
const SCRIPT = `export const greeting = ${JSON.stringify('普查 census '.repeat(400))};\n`;
const ASSET = '/assets/index-B4xQ1z9k.js';

let root: string;
let server: http.Server;
let base: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'census-web-assets-'));
  await mkdir(path.join(root, 'assets'));
  const file = path.join(root, ASSET);
  await writeFile(file, SCRIPT);
  await writeFile(`${file}.br`, brotliCompressSync(SCRIPT));
  await writeFile(`${file}.gz`, gzipSync(SCRIPT));
  await writeFile(path.join(root, 'assets', 'small-Cq1.css'), 'body{margin:0}');
  await writeFile(path.join(root, 'index.html'), '<!doctype html><div id="root"></div>');
  const app = express();
  app.use(webAppRouter(root));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await rm(root, { recursive: true, force: true });
});

/** A GET as it goes over the wire (fetch would undo the encoding and hide it). */
function get(
  urlPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${urlPath}`, { headers }, (response) => {
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
      })
      .on('error', reject);
  });
}

describe('web app assets', () => {
  it('serves a hashed script brotli-compressed to a browser that accepts br', async () => {
    const answer = await get(ASSET, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
    expect(brotliDecompressSync(answer.body).toString()).toBe(SCRIPT);
  });

  it('serves it gzip-compressed to one that accepts only gzip, and plain to one that accepts neither', async () => {
    const gzip = await get(ASSET, { 'accept-encoding': 'gzip, deflate' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gzip.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);

    const plain = await get(ASSET, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('serves a file the build left uncompressed as it is, and no missing asset', async () => {
    const css = await get('/assets/small-Cq1.css', { 'accept-encoding': 'br, gzip' });
    expect(css.headers['content-encoding']).toBeUndefined();
    expect(css.body.toString()).toBe('body{margin:0}');
    // Never the app's index.html for a missing asset: a stale page asking for an old chunk gets a clear 404.
    expect((await get('/assets/index-gone.js', { 'accept-encoding': 'br' })).status).toBe(404);
  });

  it('never lets a browser keep index.html without asking, at / or at an app route', async () => {
    for (const route of ['/', '/zones/330106002051001', '/self-report']) {
      const answer = await get(route, { 'accept-encoding': 'gzip, br' });
      expect(answer.status).toBe(200);
      expect(answer.headers['cache-control']).toBe('no-cache');
      expect(answer.body.toString()).toContain('<div id="root">');
    }
  });
});
