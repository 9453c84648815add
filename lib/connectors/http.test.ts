// @vitest-environment node
// Node's own fetch against a loopback server (happy-dom's fetch would apply page CORS rules).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requestJson } from '@/lib/connectors/http';
import { problem } from './problem';
import { ConnectorError, type ConnectorContext } from './types';
import { NODE_FETCH } from '@/lib/connectors/testing/loopback-stores';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes: Record<string, Handler> = {
  '/ok': (_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":7}'),
  '/wrong-shape': (_, res) => res.writeHead(200).end('{"id":"seven"}'),
  '/html': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Log in</title>'),
  '/401': (_, res) => res.writeHead(401).end('{"errors":"[API] Invalid API key or access token secret-token-123"}'),
  '/403': (_, res) => res.writeHead(403).end('{"message":"Sorry, you cannot list resources."}'),
  '/404': (_, res) => res.writeHead(404).end('Not Found'),
  '/429': (_, res) => res.writeHead(429, { 'retry-after': '2' }).end('{"errors":"Exceeded 2 calls per second"}'),
  '/503': (_, res) => res.writeHead(503).end('<html><body><h1>Service Unavailable</h1></body></html>'),
  '/slow': (_, res) => setTimeout(() => res.writeHead(200).end('{"id":1}'), 300),
  '/echo-headers': (req, res) => res.writeHead(200).end(JSON.stringify({ id: 1, auth: req.headers.authorization })),
};
const server = createServer((req, res) => (routes[req.url ?? ''] ?? routes['/404']!)(req, res));
let origin = '';
const ctx = NODE_FETCH;
const IdSchema = z.object({ id: z.number() });

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function failure(path: string, extra: Partial<Parameters<typeof requestJson>[1]> = {}, context = ctx): Promise<ConnectorError> {
  const error = await requestJson(context, { url: `${origin}${path}`, schema: IdSchema, store: 'Test shop', ...extra }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe('requestJson', () => {
  it('returns parsed JSON and the headers', async () => {
    const { data } = await requestJson(ctx, { url: `${origin}/ok`, schema: IdSchema, store: 'Test shop' });
    expect(data).toEqual({ id: 7 });
  });

  it('maps statuses to kinds, with the platform hint and without the secret the server echoed', async () => {
    const auth = await failure('/401', {
      hints: { 401: problem('storeError.shopify.token', { shop: 'test.example' }) },
      secrets: ['secret-token-123'],
    });
    expect(auth.kind).toBe('auth');
    expect(auth.message).toContain(
      'Shopify rejected the access token for test.example: it was revoked, mistyped, or belongs to another store. (HTTP 401)',
    );
    expect(auth.problem).toMatchObject({ code: 'storeError.shopify.token', params: { shop: 'test.example' }, status: 401 });
    expect(auth.message).not.toContain('secret-token-123');
    expect((await failure('/403')).kind).toBe('permission');
    expect((await failure('/403')).message).toContain('Sorry, you cannot list resources.');
    expect((await failure('/404')).kind).toBe('not_found');
    const busy = await failure('/503');
    expect(busy).toMatchObject({ kind: 'network' });
    expect(busy.message).toContain('Service Unavailable');
    expect(busy.message).not.toContain('<');
  });

  it('reads Retry-After on 429', async () => {
    const limited = await failure('/429');
    expect(limited).toMatchObject({ kind: 'rate_limited', retryAfterMs: 2000 });
    expect(limited.message).toContain('Try again in 2 s');
  });

  it('reports an HTML page and a wrong shape as bad_response', async () => {
    expect(await failure('/html')).toMatchObject({ kind: 'bad_response', message: expect.stringContaining('not JSON') });
    expect(await failure('/wrong-shape')).toMatchObject({ kind: 'bad_response', message: expect.stringContaining('at id') });
  });

  it('gives up after the time limit as a network failure', async () => {
    const started = Date.now();
    expect(await failure('/slow', { timeoutMs: 50 })).toMatchObject({
      kind: 'network',
      message: expect.stringContaining('did not answer'),
    });
    expect(Date.now() - started).toBeLessThan(250);
  });

  it('tells a missing host permission from an unreachable host', async () => {
    const refused: ConnectorContext = { fetch: () => Promise.reject(new TypeError('Failed to fetch')) };
    const withoutPermission = { ...refused, hasHostPermission: async () => false };
    expect((await failure('/ok', {}, withoutPermission)).kind).toBe('permission');
    const unreachable = await failure('/ok', {}, { ...refused, hasHostPermission: async () => true });
    expect(unreachable).toMatchObject({ kind: 'network', message: expect.stringContaining('Failed to fetch') });
    expect((await failure('/ok', {}, refused)).kind).toBe('network');
  });

  it('sends the headers it is given', async () => {
    const EchoSchema = z.object({ id: z.number(), auth: z.string() });
    const { data } = await requestJson(ctx, {
      url: `${origin}/echo-headers`,
      schema: EchoSchema,
      store: 'x',
      headers: { authorization: 'Basic abc' },
    });
    expect(data.auth).toBe('Basic abc');
  });
});
