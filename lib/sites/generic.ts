/**
 * The generic adapter: reads a conversation on a page no adapter knows with the structural reader
 * (structural.ts). It is never picked by URL — it matches nothing — and runs only when the agent
 * asks for it (context menu, keyboard command, or "Always read this site").
 */
import type { SiteAdapter } from './types';
import { readStructurally } from './structural';

export const generic = {
  id: 'generic',
  // Never chosen by URL: injected on demand, or registered for origins the agent allowed.
  matches: [],
  isTicketPage: () => true,
  readThread: (document: Document, url: URL) => readStructurally(document, url, { site: 'generic' }),
} satisfies SiteAdapter;
