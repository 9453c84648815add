/**
 * The list of connected stores as the options page changes it: adding (each store gets an id of
 * its own, so two shops on one platform stay apart in the panel), replacing, removing, and the
 * demo store switched off once a real one is connected — and back on when none is left, so the
 * panel always has somewhere to look.
 */
import { CONNECTORS } from '@/lib/connectors';
import type { StoreConnection, StoreConnections, StorePlatform } from '@/lib/schemas/store';
import { translator, type Translator } from '@/lib/i18n/translator';

export type ConnectablePlatform = Exclude<StorePlatform, 'demo'>;
export const CONNECTABLE_PLATFORMS: readonly ConnectablePlatform[] = ['shopify', 'woocommerce', 'bigcommerce', 'amazon'];

const english = translator('en').t;

/**
 * What tells a store apart in the list: its domain, site or account — never a credential — in the
 * interface language (English by default: ids are made from it, the same in every language).
 */
export function storeDomain(connection: StoreConnection, t: Translator['t'] = english): string {
  switch (connection.platform) {
    case 'demo':
      return t('stores.domain.demo');
    case 'shopify':
      return connection.shopDomain;
    case 'woocommerce': {
      const url = new URL(connection.url);
      return `${url.host}${url.pathname.replace(/\/+$/, '')}`;
    }
    case 'bigcommerce':
      return t('stores.domain.bigcommerce', { hash: connection.storeHash });
    case 'amazon': {
      const region = t('stores.domain.amazon', { region: t(`verdict.amazon.region.${connection.region}`) });
      return connection.sellerId ? `${region} · ${connection.sellerId}` : region;
    }
  }
}

export function storeId(connection: StoreConnection): string {
  return connection.id ?? connection.platform;
}

/** The name the panel shows next to each order of this store (lib/connectors/store-source.ts). */
export function storeLabel(connection: StoreConnection): string {
  return connection.label ?? CONNECTORS[connection.platform].label;
}

/** Written into the saved store once, in the language Settings spoke then; the agent may rename it. */
export function defaultLabel(connection: StoreConnection, t: Translator['t'] = english): string {
  return `${CONNECTORS[connection.platform].label} – ${storeDomain(connection, t)}`;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'store'
  );
}

/** Adds a new store (with an id and label of its own) or replaces the one with the same id. */
export function withStore(list: StoreConnections, connection: StoreConnection, t: Translator['t'] = english): StoreConnections {
  const existing = connection.id ? list.findIndex((c) => storeId(c) === connection.id) : -1;
  if (existing >= 0) return list.map((c, i) => (i === existing ? connection : c));
  const taken = new Set(list.map(storeId));
  const base = `${connection.platform}-${slug(storeDomain(connection))}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return [...list, { ...connection, id, label: connection.label ?? defaultLabel(connection, t) }];
}

export function realStores(list: StoreConnections): StoreConnections {
  return list.filter((c) => c.platform !== 'demo');
}

export function demoOn(list: StoreConnections): boolean {
  return list.some((c) => c.platform === 'demo');
}

/** Removes a store; the demo store comes back when no real one is left. */
export function withoutStore(list: StoreConnections, id: string): StoreConnections {
  const rest = list.filter((c) => storeId(c) !== id);
  return realStores(rest).length === 0 && !demoOn(rest) ? [{ platform: 'demo' }, ...rest] : rest;
}

/** The demo store may be switched off only while a real store is connected. */
export function withDemo(list: StoreConnections, on: boolean): StoreConnections {
  if (on) return demoOn(list) ? list : [{ platform: 'demo' }, ...list];
  return realStores(list).length > 0 ? realStores(list) : list;
}
