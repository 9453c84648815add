/** BigCommerce's v2 wire shapes for the loopback store: rate-limit headers, `[{status, message}]` errors, faults. */
import type { ServerResponse } from 'node:http';
import type { TargetedFault } from './store-server-kit';

export interface ServerFault extends TargetedFault {
  /** Answer with this status (401, 403, 404, 429, 500, ...) and the platform's error body. */
  status?: number;
  /** With 429: what X-Rate-Limit-Time-Reset-Ms says. */
  resetMs?: number;
  /** Send a body that is not JSON. */
  malformed?: boolean;
  /** Answer this much later. */
  delayMs?: number;
}

const RATE_HEADERS = { 'x-rate-limit-time-window-ms': '30000', 'x-rate-limit-requests-quota': '150' };

export function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, { ...RATE_HEADERS, ...(text ? { 'content-type': 'application/json' } : {}), ...headers });
  response.end(text);
}

export function v2Error(status: number, message: string): unknown {
  return [{ status, message }];
}

export function answerBigCommerceFault(response: ServerResponse, fault: ServerFault): void {
  if (fault.malformed) {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('[{"id": 1042, "status": "Shipp');
    return;
  }
  const status = fault.status ?? 500;
  if (status === 429)
    return send(response, 429, v2Error(429, 'Too many requests.'), {
      'x-rate-limit-time-reset-ms': String(fault.resetMs ?? 15000),
      'x-rate-limit-requests-left': '0',
    });
  const messages: Record<number, string> = {
    401: 'You have not been authorized to access this resource.',
    403: "You don't have a required scope to access the endpoint",
    404: 'The requested resource was not found.',
  };
  send(response, status, v2Error(status, messages[status] ?? 'Internal Server Error'));
}
