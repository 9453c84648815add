/**
 * What every loopback store server shares: listening on 127.0.0.1 with a free port, closing
 * without waiting for hung requests, reading request bodies, and the fault switch the tests flip
 * (401, 403 missing scope, 404, 429 with Retry-After, 500, a slow answer, no answer, malformed JSON).
 */
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';

export type StoreFault =
  | { kind: 'status'; status: 401 | 403 | 404 | 500 | 503 }
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'hang' }
  | { kind: 'malformed' };

/** The platform's own error bodies for the status faults (they differ between Shopify and WooCommerce). */
export type FaultBodies = Record<401 | 403 | 404 | 429 | 500 | 503, string>;

export class FaultSwitch {
  private fault: StoreFault | undefined;
  private remaining = 0;

  /** The next `times` requests get this fault (all of them by default). */
  set(fault: StoreFault, times = Number.POSITIVE_INFINITY): void {
    this.fault = fault;
    this.remaining = times;
  }

  clear(): void {
    this.fault = undefined;
  }

  take(): StoreFault | undefined {
    if (!this.fault || this.remaining <= 0) return undefined;
    this.remaining -= 1;
    return this.fault;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** Answers the fault, or (slow) waits and lets the normal answer follow: returns whether the response is done. */
export async function serveFault(fault: StoreFault | undefined, res: ServerResponse, bodies: FaultBodies): Promise<boolean> {
  if (!fault) return false;
  switch (fault.kind) {
    case 'status':
      sendJson(res, fault.status, bodies[fault.status]);
      return true;
    case 'rate_limited':
      sendJson(res, 429, bodies[429], { 'retry-after': String(fault.retryAfterSeconds) });
      return true;
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      return false;
    case 'hang':
      return true; // never answers; close() cuts the connection
    case 'malformed':
      sendJson(res, 200, '{"data": {"orders": [{"id": 1,');
      return true;
  }
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

export async function listenOnLoopback(handler: RequestListener): Promise<RunningServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('loopback server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fault a test sets as a plain object on the server (Amazon's, BigCommerce's). */
export interface TargetedFault {
  /** Only requests whose target (as the server writes it: path and query, Amazon's with the method) matches; all when absent. */
  path?: RegExp;
  /** Only the next n matching requests. */
  times?: number;
}

/** The fault this request gets, if any; counts it against `times`. */
export function faultForTarget<Fault extends TargetedFault>(fault: Fault | null, target: string): Fault | null {
  if (!fault || (fault.path && !fault.path.test(target))) return null;
  if (fault.times !== undefined) {
    if (fault.times <= 0) return null;
    fault.times -= 1;
  }
  return fault;
}
