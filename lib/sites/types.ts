import type { SiteId, Thread } from '@/lib/schemas/ticket';
import type { StructuralHints } from './structural-hints';
import type { SiteProfile } from './profile/types';

/**
 * One inbox. An adapter takes the document as an argument and never calls `browser.*`, so it runs
 * unchanged in the content script, in unit tests (happy-dom) and in the CLI. It must never throw
 * into the page: on a DOM it does not understand it returns null.
 *
 * Only `import type` from lib/schemas here: the content script must not bundle zod.
 */
export interface SiteAdapter {
  id: SiteId;
  /** Match patterns (manifest syntax) of the pages this adapter reads. */
  matches: string[];
  isTicketPage(url: URL): boolean;
  /**
   * Routes known to hold no conversation (an inbox list, settings, order details): refused without
   * reading. A route neither this nor isTicketPage knows is read by the structural reader
   * (lib/sites/engine/read-route.ts).
   */
  holdsNoConversation?(url: URL): boolean;
  readThread(document: Document, url: URL): Thread | null;
  /**
   * The site's reading as data, when it has been expressed so: readThread is this profile read by
   * the one profile reader (lib/sites/profile/) with the site's hooks. A team's profile for the
   * site is read the same way and wins on a tie.
   */
  profile?: SiteProfile;
  /**
   * What the site knows that helps the structural reader when its own selectors fail: the
   * signed-in agent, the containers the conversation usually sits in. Cheap: attributes only.
   */
  structuralHints?(document: Document): Omit<StructuralHints, 'site'>;
}
