import { access } from 'node:fs/promises';
import { request } from 'node:http';

/**
 * True when a Docker engine answers, cheaply: testcontainers otherwise spends seconds failing to find one.
 * Honours DOCKER_HOST (unix or tcp) and the default socket.
 */
export async function dockerEngineAvailable(): Promise<boolean> {
  const host = process.env.DOCKER_HOST;
  if (host && !host.startsWith('unix://')) {
    const url = new URL(host.replace(/^tcp:/, 'http:'));
    return ping({ host: url.hostname, port: Number(url.port || 2375) });
  }
  const socketPath = host ? host.slice('unix://'.length) : '/var/run/docker.sock';
  try {
    await access(socketPath);
  } catch {
    return false;
  }
  return ping({ socketPath });
}

function ping(target: { socketPath?: string; host?: string; port?: number }): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ ...target, path: '/_ping', method: 'GET', timeout: 1500 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}
