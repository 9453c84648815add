/**
 * A team's pack host on loopback: serves packs at /packs/<name>.json with ETag and Last-Modified,
 * answers conditional requests with 304 as a real static host (GitHub raw, S3, nginx) does, and
 * lets a test publish a new version, a broken file or an error status. Used by the subscription
 * unit tests and available to the end-to-end tests.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

interface Published {
  body: string;
  etag: string;
  lastModified: string;
  /** Overrides 200 (e.g. 500, 404) to simulate a broken host. */
  status?: number;
}

export interface PackRequest {
  path: string;
  ifNoneMatch: string | undefined;
  ifModifiedSince: string | undefined;
  status: number;
}

export interface PackServer {
  origin: string;
  url(name: string): string;
  /** Publishes a pack object (serialised as JSON) or raw text under /packs/<name>.json. */
  publish(name: string, pack: unknown, options?: { status?: number }): void;
  unpublish(name: string): void;
  /** Every request served, oldest first. */
  readonly requests: PackRequest[];
  close(): Promise<void>;
}

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** RFC 9110: If-None-Match wins over If-Modified-Since; weak comparison; a list or "*" may come. */
function notModified(request: IncomingMessage, published: Published): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const tags = ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(published.etag);
  }
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Date.parse(published.lastModified) <= since;
}

export async function startPackServer(): Promise<PackServer> {
  const packs = new Map<string, Published>();
  const requests: PackRequest[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const published = /^\/packs\/[\w.-]+\.json$/.test(path) ? packs.get(path) : undefined;
    const status = !published ? 404 : (published.status ?? (notModified(request, published) ? 304 : 200));
    requests.push({ path, ifNoneMatch: request.headers['if-none-match'], ifModifiedSince: request.headers['if-modified-since'], status });
    if (!published || status >= 400) {
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end(status === 404 ? 'not found' : 'server error');
      return;
    }
    const headers = { etag: published.etag, 'last-modified': published.lastModified, 'cache-control': 'no-cache' };
    if (status === 304) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8' });
    response.end(request.method === 'HEAD' ? undefined : published.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('pack server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  let clock = Date.now();
  return {
    origin,
    url: (name) => `${origin}/packs/${name}.json`,
    publish(name, pack, options = {}) {
      const body = typeof pack === 'string' ? pack : JSON.stringify(pack, null, 2);
      // HTTP dates have one-second resolution: each publication moves at least a second on.
      clock = Math.max(Date.now(), clock + 1000);
      packs.set(`/packs/${name}.json`, { body, etag: etagOf(body), lastModified: new Date(clock).toUTCString(), status: options.status });
    },
    unpublish(name) {
      packs.delete(`/packs/${name}.json`);
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
