/**
 * "Use selection as ticket": the text the agent selected becomes a one-message customer thread,
 * for pages whose structure the generic adapter cannot read. `withSelection` wraps an adapter so
 * that, once the agent has chosen a selection on this page, the page reads as that selection.
 */
import type { Thread } from '@/lib/schemas/ticket';
import type { SiteAdapter } from './types';
import { person } from './people';
import { MAX_TEXT_LENGTH } from './text';
import { singleLine } from './single-line';

/** The agent chose the text; who wrote it and what it is about are only read off its header lines. */
const SELECTION_CONFIDENCE = 0.5;
const HEADER_LINES = 12;
const SUBJECT_LINE = /^(?:subject|betreff|objet|asunto|oggetto|onderwerp)\s*:\s*(.+)$/i;
const FROM_LINE = /^(?:from|von|de|da|van)\s*:\s*(.+)$/i;
const NAME_AND_ADDRESS = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/;

export function threadFromSelection(selected: string, url: string): Thread | null {
  const text = selected
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_TEXT_LENGTH);
  if (!text) return null;
  const header = text.split('\n', HEADER_LINES);
  const subject = header.map((line) => SUBJECT_LINE.exec(line.trim())?.[1]).find(Boolean);
  const from = header.map((line) => FROM_LINE.exec(line.trim())?.[1]).find(Boolean);
  const author = from ? authorOf(from) : {};
  return {
    site: 'generic',
    url,
    subject: singleLine(subject, 300),
    customer: author,
    messages: [{ author, role: 'customer', text }],
    confidence: SELECTION_CONFIDENCE,
  };
}

/** "Jane Doe <jane@example.com>", "jane@example.com" or "Jane Doe". */
function authorOf(from: string) {
  const both = NAME_AND_ADDRESS.exec(from);
  if (both) return person(both[1], both[2]);
  return from.includes('@') ? person(undefined, from) : person(from, undefined);
}

export interface SelectionReader {
  adapter: SiteAdapter;
  /** Read the page as this selection from now on (until the page moves to another address), or as itself again (null). */
  useSelection(text: string | null): void;
  hasSelection(): boolean;
}

/**
 * The adapter, reading the agent's chosen selection instead of the page while one is set. A single
 * -page app that moves to another ticket drops the selection: it belonged to the previous one.
 */
export function withSelection(adapter: SiteAdapter, currentUrl: () => string): SelectionReader {
  let chosen: { text: string; url: string } | null = null;
  const active = () => (chosen && chosen.url === currentUrl() ? chosen : null);
  return {
    adapter: {
      ...adapter,
      isTicketPage: (url) => active() !== null || adapter.isTicketPage(url),
      readThread: (doc, url) => {
        const selection = active();
        return selection ? threadFromSelection(selection.text, url.href) : adapter.readThread(doc, url);
      },
    },
    useSelection(text) {
      chosen = text?.trim() ? { text: text.slice(0, MAX_TEXT_LENGTH), url: currentUrl() } : null;
    },
    hasSelection: () => active() !== null,
  };
}

/** A live selection shorter than this is a stray click, not a ticket the agent chose with the shortcut. */
const MIN_SHORTCUT_SELECTION = 20;

/**
 * Which selection to read, if any. The context menu's `selectionText` has its line breaks
 * collapsed (Chromium), so the page's live selection is preferred when it is the same text; the
 * shortcut reads a live selection of some length, and the page otherwise.
 */
export function chooseSelection(
  use: 'page' | 'selection' | 'selection-or-page',
  live: string,
  fromMenu: string | undefined,
): string | null {
  if (use === 'page') return null;
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  if (use === 'selection') {
    if (fromMenu === undefined || flat(live) === flat(fromMenu)) return live.trim() ? live : null;
    return fromMenu.trim() ? fromMenu : null;
  }
  return live.trim().length >= MIN_SHORTCUT_SELECTION ? live : null;
}
