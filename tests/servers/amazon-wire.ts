/** Selling Partner API's wire shapes for the loopback Amazon server: JSON answers, `{errors: [...]}` bodies, faults. */
import type { ServerResponse } from 'node:http';
import type { TargetedFault } from './store-server-kit';

export interface AmazonServerFault extends TargetedFault {
  /** Answer with this status (401, 403, 404, 429, 500, ...) and an SP-API error body. */
  status?: number;
  /** With 429: a Retry-After header, in seconds (SP-API usually sends none). */
  retryAfterSeconds?: number;
  malformed?: boolean;
  delayMs?: number;
}

export function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', 'x-amzn-requestid': `req-${Date.now()}`, ...headers });
  response.end(JSON.stringify(body));
}

export const spError = (code: string, message: string, details?: string) => ({
  errors: [{ code, message, ...(details ? { details } : {}) }],
});

export function answerAmazonFault(response: ServerResponse, fault: AmazonServerFault, rateLimit: number): void {
  if (fault.malformed) {
    response.writeHead(200, { 'content-type': 'application/json' });
    return void response.end('{"order": {"orderId": "114-39');
  }
  const status = fault.status ?? 500;
  const headers: Record<string, string> = status === 429 ? { 'x-amzn-ratelimit-limit': String(rateLimit) } : {};
  if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
  const bodies: Record<number, unknown> = {
    401: spError('Unauthorized', 'Access to requested resource is denied.'),
    403: spError('Unauthorized', 'Access to requested resource is denied.', 'The application is not authorized for this operation.'),
    404: spError('NotFound', 'The requested resource was not found.'),
    429: spError('QuotaExceeded', 'You exceeded your quota for the requested resource.'),
  };
  send(response, status, bodies[status] ?? spError('InternalFailure', 'We encountered an internal error. Please try again.'), headers);
}
