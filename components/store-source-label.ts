import { DEMO_SHOP_NAME, DEMO_STORE_ID } from '@/lib/connectors/demo-store/identity';
import type { Translator } from '@/lib/i18n/translator';

/**
 * The name shown for the store an order (or a failure) came from: the label the team gave it is
 * data, shown as written; the built-in demo store's "(demo store)" is Deskpilot's own word, said in
 * the interface language.
 */
export function storeSourceLabel(source: { id: string; label: string }, t: Translator['t']): string {
  return source.id === DEMO_STORE_ID ? t('stores.demoLabel', { name: DEMO_SHOP_NAME }) : source.label;
}
