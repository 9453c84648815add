// @vitest-environment node
/**
 * Store responses at their worst, over real loopback HTTP: 10 MB, truncated mid-JSON, wrong types,
 * and too slow. Each ends in one typed error with a clear message, in bounded time.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_RESPONSE_BYTES } from '@/lib/connectors/bounded-body';
import { requestJson } from '@/lib/connectors/http';
import { ConnectorError } from './types';
import { NODE_FETCH } from '@/lib/connectors/testing/loopback-stores';

const TEN_MB = 10 * 1024 * 1024;
type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes: Record<string, Handler> = {
  // A 10 MB order list, sent in chunks without a length, as a misbehaving proxy would.
  '/huge': (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = `{"id":1,"pad":"${'x'.repeat(64 * 1024)}"},`;
    res.write('[');
    let sent = 1;
    const pump = () => {
      while (sent < TEN_MB) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end('{"id":2}]');
    };
    pump();
  },
  '/huge-declared': (_, res) => res.writeHead(200, { 'content-length': String(TEN_MB) }).end(),
  '/truncated': (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('[{"id":1,"number":"#1047","total":"84.5');
    req.socket.destroy();
  },
  '/wrong-types': (_, res) => res.writeHead(200).end('[{"id":"1047","total":84.5}]'),
  '/slow': (_, res) => setTimeout(() => res.writeHead(200).end('[]'), 2_500),
};
const server = createServer((req, res) => routes[req.url ?? '']?.(req, res));
let origin = '';
const ctx = NODE_FETCH;
const OrdersSchema = z.array(z.object({ id: z.number() }));

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function failure(path: string, timeoutMs?: number): Promise<ConnectorError> {
  const started = Date.now();
  const error = await requestJson(ctx, { url: `${origin}${path}`, schema: OrdersSchema, store: 'Test shop', timeoutMs }).catch(
    (e: unknown) => e,
  );
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe('store responses at their worst', () => {
  it('a 10 MB answer is cut off with a clear message, not held in memory', async () => {
    const error = await failure('/huge');
    expect(error.kind).toBe('bad_response');
    expect(error.message).toBe(
      `Test shop sent more than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB for one request; Deskpilot stopped reading it (check the store URL: an API answers far less).`,
    );
  });

  it('a declared 10 MB answer is refused before it is read', async () => {
    expect((await failure('/huge-declared')).kind).toBe('bad_response');
  });

  it('an answer cut off mid-JSON is a failure, not half an order list', async () => {
    const error = await failure('/truncated');
    expect(['bad_response', 'network']).toContain(error.kind);
    expect(error.message).toMatch(/Test shop/);
  });

  it('wrong types name where the shape broke', async () => {
    const error = await failure('/wrong-types');
    expect(error.kind).toBe('bad_response');
    expect(error.message).toMatch(/at 0\.id/);
  });

  it('too slow is a network failure naming the time limit', async () => {
    const error = await failure('/slow', 1_000);
    expect(error).toMatchObject({ kind: 'network', message: 'Test shop did not answer within 1 s.' });
  });
});
