/** The loopback Shopify's `orders` query over the fixture orders: search terms, sorting, and scope checks. */
import { readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import { parseSearch, type SearchTerm } from './shopify-search';

type FixtureOrder = {
  name: string;
  email: string | null;
  createdAt: string;
  customer: { defaultEmailAddress?: { emailAddress: string | null } | null } | null;
};
export const fixture = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/connectors/shopify/${file}`, import.meta.url), 'utf8'));
export const SHOPIFY_FIXTURE_ORDERS = fixture('orders.json') as FixtureOrder[];

export interface OrdersArguments {
  first?: number;
  query?: string;
  sortKey?: string;
  reverse?: boolean;
}

const accessDenied = (field: string, scope: string) =>
  new GraphQLError(`Access denied for ${field} field. Required access: \`${scope}\` access scope.`, {
    extensions: {
      code: 'ACCESS_DENIED',
      documentation: 'https://shopify.dev/api/usage/access-scopes',
      requiredAccess: `\`${scope}\` access scope.`,
    },
  });

function matches(order: FixtureOrder, term: SearchTerm): boolean {
  const value = term.value.toLowerCase();
  if (term.field === 'email')
    return [order.email, order.customer?.defaultEmailAddress?.emailAddress].some((e) => e?.toLowerCase() === value);
  if (term.field === 'name') return order.name.toLowerCase().replace(/^#/, '') === value.replace(/^#/, '');
  if (term.field === 'created_at' && term.comparator === ':>') return Date.parse(order.createdAt) > Date.parse(term.value);
  return false;
}

export function findOrders(scopes: ReadonlySet<string>, args: OrdersArguments) {
  if (!scopes.has('read_orders')) throw accessDenied('orders', 'read_orders');
  const groups = args.query ? parseSearch(args.query) : [];
  const found = SHOPIFY_FIXTURE_ORDERS.filter((o) => groups.length === 0 || groups.some((and) => and.every((t) => matches(o, t))));
  if (args.sortKey === 'CREATED_AT') found.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  if (args.reverse) found.reverse();
  const nodes = found.slice(0, args.first ?? 50).map((order) => ({
    ...order,
    customer: () => {
      if (!scopes.has('read_customers')) throw accessDenied('customer', 'read_customers');
      return order.customer;
    },
  }));
  return { nodes, pageInfo: { hasNextPage: found.length > nodes.length, hasPreviousPage: false, startCursor: null, endCursor: null } };
}
