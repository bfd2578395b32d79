import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { dockerEngineAvailable } from './docker';

describe('dockerEngineAvailable', () => {
  const saved = process.env.DOCKER_HOST;
  afterEach(() => {
    if (saved === undefined) delete process.env.DOCKER_HOST;
    else process.env.DOCKER_HOST = saved;
  });

  it('is false when DOCKER_HOST names a socket that does not exist', async () => {
    process.env.DOCKER_HOST = 'unix:///nonexistent/docker.sock';
    await expect(dockerEngineAvailable()).resolves.toBe(false);
  });

  it('is false when nothing listens at a tcp DOCKER_HOST', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    process.env.DOCKER_HOST = `tcp://127.0.0.1:${port}`;
    await expect(dockerEngineAvailable()).resolves.toBe(false);
  });

  it('is true when an engine answers /_ping with 200', async () => {
    const server: Server = createServer((req, res) => {
      res.statusCode = req.url === '/_ping' ? 200 : 404;
      res.end('OK');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    process.env.DOCKER_HOST = `tcp://127.0.0.1:${port}`;
    try {
      await expect(dockerEngineAvailable()).resolves.toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
