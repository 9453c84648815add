/**
 * A loopback Shopify: the Admin GraphQL endpoint (POST /admin/api/<version>/graphql.json), which
 * executes the query it receives against the documented schema (shopify-schema.ts) over the
 * fixture orders in tests/fixtures/connectors/shopify/, and the client-credentials token endpoint
 * (POST /admin/oauth/access_token). Scopes can be withdrawn to get Shopify's ACCESS_DENIED
 * answers, the cost bucket emptied to get THROTTLED, and HTTP faults switched on.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { graphql } from 'graphql';
import { findOrders, fixture, type OrdersArguments } from './shopify-orders';
import { SHOPIFY_SCHEMA } from './shopify-schema';
import { FaultSwitch, listenOnLoopback, readBody, sendJson, serveFault, type FaultBodies, type RunningServer } from './store-server-kit';

const SHOP = fixture('shop.json') as { myshopifyDomain: string };

const BODIES: FaultBodies = {
  401: '{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}',
  403: '{"errors":"[API] This action requires merchant approval for read_orders scope."}',
  404: '{"errors":"Not Found"}',
  429: '{"errors":"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."}',
  500: '{"errors":"Internal Server Error"}',
  503: '<html><body><h1>Shopify is temporarily unavailable</h1></body></html>',
};

export interface ShopifyRequest {
  path: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

export interface ShopifyServer extends RunningServer {
  shopDomain: string;
  accessToken: string;
  clientId: string;
  clientSecret: string;
  faults: FaultSwitch;
  /** Scopes the installed app holds; delete one to see Shopify's ACCESS_DENIED. */
  scopes: Set<string>;
  /** The next n GraphQL calls find the cost bucket empty. */
  throttle(times?: number): void;
  /** Forgets every token the client-credentials grant issued (as uninstalling the app would). */
  revokeIssuedTokens(): void;
  requests: ShopifyRequest[];
}

export async function startShopifyServer(options: { scopes?: string[]; tokenLifetimeS?: number } = {}): Promise<ShopifyServer> {
  const issued = new Map<string, number>();
  let throttled = 0;
  let serial = 0;
  const state = {
    shopDomain: SHOP.myshopifyDomain,
    accessToken: 'shpat_loopback_static_token',
    clientId: 'loopback-client-id',
    clientSecret: 'shpss_loopback_client_secret',
    faults: new FaultSwitch(),
    scopes: new Set(options.scopes ?? ['read_orders', 'read_customers']),
    throttle: (times = 1) => void (throttled = times),
    revokeIssuedTokens: () => issued.clear(),
    requests: [] as ShopifyRequest[],
  };

  const validToken = (token: string | undefined) =>
    token !== undefined && (token === state.accessToken || (issued.get(token) ?? 0) > Date.now());

  const rootValue = {
    orders: (args: OrdersArguments) => findOrders(state.scopes, args),
    shop: () => fixture('shop.json'),
    currentAppInstallation: () => ({
      id: 'gid://shopify/AppInstallation/1',
      accessScopes: [...state.scopes].map((handle) => ({ handle, description: handle })),
    }),
  };

  async function graphQLCall(req: IncomingMessage, res: ServerResponse, path: string) {
    const { query, variables, operationName } = JSON.parse(await readBody(req)) as {
      query: string;
      variables?: Record<string, unknown>;
      operationName?: string;
    };
    state.requests.push({ path, operationName: operationName ?? /query\s+(\w+)/.exec(query)?.[1], variables });
    if (!validToken(req.headers['x-shopify-access-token'] as string | undefined)) return sendJson(res, 401, BODIES[401]);
    const requestedQueryCost = 2 + Number(variables?.first ?? 1) * 30;
    const bucket = throttled > 0 ? 10 : 2000;
    const cost = {
      requestedQueryCost,
      actualQueryCost: null as number | null,
      throttleStatus: { maximumAvailable: 2000, currentlyAvailable: bucket, restoreRate: 100 },
    };
    if (throttled > 0) {
      throttled -= 1;
      return sendJson(res, 200, {
        errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }],
        extensions: { cost },
      });
    }
    const result = await graphql({ schema: SHOPIFY_SCHEMA, source: query, variableValues: variables, rootValue });
    cost.actualQueryCost = requestedQueryCost;
    cost.throttleStatus.currentlyAvailable -= requestedQueryCost;
    sendJson(res, 200, { ...result, extensions: { cost } });
  }

  async function tokenExchange(req: IncomingMessage, res: ServerResponse) {
    const form = new URLSearchParams(await readBody(req));
    state.requests.push({ path: '/admin/oauth/access_token' });
    if (form.get('grant_type') !== 'client_credentials') return sendJson(res, 400, { error: 'unsupported_grant_type' });
    if (form.get('client_id') !== state.clientId || form.get('client_secret') !== state.clientSecret) {
      return sendJson(res, 400, { error: 'invalid_client', error_description: 'Client authentication failed.' });
    }
    const lifetime = options.tokenLifetimeS ?? 86_399;
    const token = `shpat_issued_${(serial += 1)}`;
    issued.set(token, Date.now() + lifetime * 1000);
    sendJson(res, 200, { access_token: token, scope: [...state.scopes].join(','), expires_in: lifetime });
  }

  const running = await listenOnLoopback(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://loopback').pathname;
    if (await serveFault(state.faults.take(), res, BODIES)) return;
    if (req.method === 'POST' && path === '/admin/oauth/access_token') return tokenExchange(req, res);
    if (req.method === 'POST' && /^\/admin\/api\/(\d{4}-(01|04|07|10)|unstable)\/graphql\.json$/.test(path))
      return graphQLCall(req, res, path);
    sendJson(res, 404, BODIES[404]);
  });
  return Object.assign(state, running);
}
