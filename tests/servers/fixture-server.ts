/**
 * Serves the inbox fixture pages on loopback at /sites/<site-id>/<file>, the path the adapter
 * registry maps to that site's adapter, and the real editors those pages mount at
 * /editors/<name>.js and .css (tests/servers/editor-bundles.ts). Used by the end-to-end tests, the
 * demo and the bench.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';
import { editorAsset } from './editor-bundles';

const FIXTURES = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));

export interface FixtureServer {
  origin: string;
  /** URL of a fixture page, e.g. pageUrl('gmail', '2026-11-24-app.html', '#inbox/abc'). */
  pageUrl(site: string, file: string, hash?: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(extraPages: Record<string, string> = {}): Promise<FixtureServer> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const extra = extraPages[path];
    if (extra !== undefined) return send(response, 200, extra);
    if (path.startsWith('/editors/')) return sendEditor(response, path.slice('/editors/'.length));
    const match = /^\/sites\/([a-z-]+)\/([\w.-]+\.html)$/.exec(path);
    if (!match) return send(response, 404, 'not found');
    const file = normalize(join(FIXTURES, match[1]!, match[2]!));
    if (!file.startsWith(FIXTURES)) return send(response, 403, 'forbidden');
    try {
      send(response, 200, await readFile(file, 'utf8'));
    } catch {
      send(response, 404, 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    pageUrl: (site, file, hash = '') => `${origin}/sites/${site}/${file}${hash}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(response: ServerResponse, status: number, body: string, contentType = 'text/html; charset=utf-8'): void {
  response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  response.end(body);
}

async function sendEditor(response: ServerResponse, file: string): Promise<void> {
  try {
    const asset = await editorAsset(file);
    if (asset) send(response, 200, asset.body, asset.contentType);
    else send(response, 404, 'not found');
  } catch (error) {
    // A broken editor entry shows up in the page's console and the test's failure, not as a hang.
    send(response, 500, `/* editor bundle failed: ${String(error).slice(0, 2000)} */`, 'text/javascript; charset=utf-8');
  }
}
