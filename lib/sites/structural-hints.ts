/**
 * What a site knows that helps the structural reader read a page its selectors no longer match:
 * the site (the read's `site`), who "we" are (the shop's and agents' names and addresses, from
 * settings), and where the conversation usually sits. Everything is optional but the site.
 * Type-only: the content script bundles nothing from here.
 */
import type { SiteId } from '@/lib/schemas/ticket';

export type StructuralHints = {
  site: SiteId;
  /** The shop's own names and addresses (settings, the site's account): their messages are the agent's. */
  self?: { names: string[]; emails: string[] };
  /** Where the conversation likely sits, tried before the whole page (a bad selector is skipped). */
  containerSelectors?: string[];
};
