/**
 * The GraphQL documents Deskpilot sends to Shopify, and the search string that finds a ticket's
 * orders in one request: `email:'…' OR name:'#1047'`. Values are quoted in Shopify's search
 * syntax (a backslash escapes `\` and `'` inside quotes), so an address like o'brien@example.com
 * or a stray `OR` in a ref can never change the search. The string itself travels as a GraphQL
 * variable, so it needs no GraphQL escaping.
 */
import { orderRefKey } from './order-refs';

/** Orders per lookup; line items and fulfillments per order. Keeps the query cost near 300 of the 1000 allowed. */
export const ORDERS_PER_LOOKUP = 10;
const MAX_REFS = 10;

export const ORDERS_QUERY = /* GraphQL */ `
query DeskpilotOrders($first: Int!, $query: String!) {
  orders(first: $first, query: $query, sortKey: CREATED_AT, reverse: true) {
    nodes {
      id legacyResourceId name createdAt cancelledAt email
      displayFinancialStatus displayFulfillmentStatus
      totalPriceSet { shopMoney { amount currencyCode } }
      lineItems(first: 25) { nodes { title sku quantity originalUnitPriceSet { shopMoney { amount currencyCode } } } }
      shippingAddress { name address1 address2 city province zip country countryCodeV2 }
      fulfillments(first: 10) {
        status displayStatus createdAt estimatedDeliveryAt deliveredAt
        trackingInfo(first: 5) { company number url }
        fulfillmentLineItems(first: 25) { nodes { quantity lineItem { title } } }
      }
      refunds(first: 10) { createdAt note totalRefundedSet { shopMoney { amount currencyCode } } }
      customer { displayName numberOfOrders amountSpent { amount currencyCode } defaultEmailAddress { emailAddress } }
    }
  }
}`;

/** For "Test connection": who we are talking to, and which scopes the app was granted. */
export const SHOP_CHECK_QUERY = /* GraphQL */ `
query DeskpilotShopCheck {
  shop { name myshopifyDomain }
  currentAppInstallation { accessScopes { handle } }
}`;

export function quoteSearchValue(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The order name a ref most likely stands for: "1047" and "# 1047" → "#1047"; "NW-1047" as written. */
export function orderNameFor(ref: string): string | null {
  const trimmed = ref.trim();
  if (!orderRefKey(trimmed)) return null;
  const digits = /^#?\s*(\d+)$/.exec(trimmed);
  return digits ? `#${digits[1]}` : trimmed;
}

/** The search for a ticket's customer and order refs, or null when there is nothing to look for. */
export function ordersSearch(email: string | undefined, orderRefs: readonly string[]): string | null {
  const names = [...new Set(orderRefs.map(orderNameFor).filter((name): name is string => name !== null))].slice(0, MAX_REFS);
  const terms = [...(email ? [`email:${quoteSearchValue(email)}`] : []), ...names.map((name) => `name:${quoteSearchValue(name)}`)];
  return terms.length ? terms.join(' OR ') : null;
}
