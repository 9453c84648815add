/**
 * Amazon's Selling Partner API and Login with Amazon on loopback, speaking their wire formats:
 * POST /auth/o2/token (form-encoded refresh_token grant → access_token; OAuth errors as 400/401),
 * Orders API v2026-01-01 getOrder (`{order}` with only the includedData asked for), Sellers API
 * getMarketplaceParticipations (`{payload}`), `{errors: [{code, message, details}]}` failures,
 * x-amz-access-token checks, x-amzn-RateLimit-Limit and an optional server-side usage plan.
 * Seeded from tests/fixtures/connectors/amazon/. Fault switches make requests fail.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type AmazonServerFault, answerAmazonFault, send, spError } from './amazon-wire';
import { faultForTarget, listenOnLoopback, readBody } from './store-server-kit';

const FIXTURES = fileURLToPath(new URL('../fixtures/connectors/amazon/', import.meta.url));
/** Order fields that getOrder returns only when their dataset is in includedData. */
const DATASET_OF_FIELD: Record<string, string> = {
  buyer: 'BUYER',
  recipient: 'RECIPIENT',
  proceeds: 'PROCEEDS',
  fulfillment: 'FULFILLMENT',
  packages: 'PACKAGES',
};

type OrderRow = Record<string, unknown> & { orderId: string };

export interface AmazonServer {
  origin: string;
  tokenUrl: string;
  credentials: { clientId: string; clientSecret: string; refreshToken: string };
  /** Method, path and query of every request, in order. */
  requests: string[];
  fault: AmazonServerFault | null;
  /** Lifetime of the access tokens it hands out. */
  tokenLifetimeSeconds: number;
  /** What x-amzn-RateLimit-Limit reports for getOrder. */
  rateLimit: number;
  /** Enforce a usage plan on getOrder (429 QuotaExceeded when spent); none when null. */
  usagePlan: { burst: number } | null;
  /** Forget every access token handed out (as when the seller revokes the app). */
  revokeTokens(): void;
  close(): Promise<void>;
}

export async function startAmazonServer(): Promise<AmazonServer> {
  const orders = JSON.parse(readFileSync(`${FIXTURES}orders.json`, 'utf8')) as OrderRow[];
  const participations: unknown = JSON.parse(readFileSync(`${FIXTURES}marketplace-participations.json`, 'utf8'));
  const tokens = new Map<string, number>();
  let issued = 0;
  let spent = 0;

  const state: AmazonServer = {
    origin: '',
    tokenUrl: '',
    credentials: {
      clientId: 'amzn1.application-oa2-client.4f1c0ffee',
      clientSecret: 'amzn1.oa2-cs.v1.loopback-secret-77',
      refreshToken: 'Atzr|loopback-refresh-token-31',
    },
    requests: [],
    fault: null,
    tokenLifetimeSeconds: 3600,
    rateLimit: 0.5,
    usagePlan: null,
    revokeTokens: () => tokens.clear(),
    close: async () => undefined,
  };

  async function token(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readBody(request));
    const { clientId, clientSecret, refreshToken } = state.credentials;
    if (form.get('grant_type') !== 'refresh_token')
      return send(response, 400, { error: 'unsupported_grant_type', error_description: 'The authorization grant type is not supported.' });
    if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
      return send(response, 401, { error: 'invalid_client', error_description: 'Client authentication failed' });
    }
    if (form.get('refresh_token') !== refreshToken) {
      return send(response, 400, {
        error: 'invalid_grant',
        error_description: 'The request has an invalid grant parameter : refresh_token',
      });
    }
    issued += 1;
    const accessToken = `Atza|loopback-access-${issued}`;
    tokens.set(accessToken, Date.now() + state.tokenLifetimeSeconds * 1000);
    send(response, 200, {
      access_token: accessToken,
      refresh_token: refreshToken,
      token_type: 'bearer',
      expires_in: state.tokenLifetimeSeconds,
    });
  }

  function spApi(url: URL, request: IncomingMessage, response: ServerResponse): void {
    const presented = String(request.headers['x-amz-access-token'] ?? '');
    if ((tokens.get(presented) ?? 0) < Date.now()) {
      return send(
        response,
        403,
        spError(
          'Unauthorized',
          'Access to requested resource is denied.',
          'The access token you provided is revoked, malformed or invalid.',
        ),
      );
    }
    if (url.pathname === '/sellers/v1/marketplaceParticipations') return send(response, 200, participations);
    const match = /^\/orders\/2026-01-01\/orders\/([\w-]+)$/.exec(url.pathname);
    if (!match) return send(response, 404, spError('NotFound', 'Resource not found.'));
    const limit = { 'x-amzn-ratelimit-limit': String(state.rateLimit) };
    if (state.usagePlan) {
      if (spent >= state.usagePlan.burst)
        return send(response, 429, spError('QuotaExceeded', 'You exceeded your quota for the requested resource.'), limit);
      spent += 1;
    }
    const order = orders.find((candidate) => candidate.orderId === match[1]);
    if (!order) return send(response, 404, spError('NotFound', `Order ${match[1]} was not found.`), limit);
    const included = new Set((url.searchParams.get('includedData') ?? '').split(','));
    const answer = Object.fromEntries(
      Object.entries(order).filter(([field]) => !DATASET_OF_FIELD[field] || included.has(DATASET_OF_FIELD[field])),
    );
    send(response, 200, { order: answer }, limit);
  }

  const server = await listenOnLoopback((request, response) => {
    const url = new URL(request.url ?? '/', 'http://loopback');
    const target = `${request.method} ${url.pathname}${url.search}`;
    state.requests.push(target);
    const fault = faultForTarget(state.fault, target);
    setTimeout(() => {
      if (fault && (fault.status !== undefined || fault.malformed)) return answerAmazonFault(response, fault, state.rateLimit);
      if (request.method === 'POST' && url.pathname === '/auth/o2/token') return void token(request, response);
      spApi(url, request, response);
    }, fault?.delayMs ?? 0);
  });
  state.origin = server.origin;
  state.tokenUrl = `${state.origin}/auth/o2/token`;
  state.close = server.close;
  return state;
}
