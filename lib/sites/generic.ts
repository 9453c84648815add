/**
 * The generic adapter: reads a conversation on a page no adapter knows with the structural reader
 * (structural.ts). It is never picked by URL — it matches nothing — and runs only when the agent
 * asks for it (context menu, keyboard command, or "Always read this site").
 */
import type { SiteAdapter } from './types';
import { structuralReader } from './engine/structural-source';

export const generic = {
  id: 'generic',
  // Never chosen by URL: injected on demand, or registered for origins the agent allowed.
  matches: [],
  isTicketPage: () => true,
  // In the generic content script the structural reader is injected on demand like a site's: until it
  // is, the page reads as nothing and the read says it missed it (engine/structural-source.ts).
  readThread: (document: Document, url: URL) => structuralReader()?.(document, url, { site: 'generic' }) ?? null,
} satisfies SiteAdapter;
