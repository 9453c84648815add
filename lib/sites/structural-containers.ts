/**
 * The conversation inside the site's likely containers (StructuralHints.containerSelectors), when
 * one of them holds it. A container the page hides by markup is passed over: apps that keep every
 * open tab or an older copy of a view in the page (Zendesk's ticket tabs, Gmail's stale views) hide
 * all but the open one, and a selector that lost its test id (a looser fallback such as the log's
 * role) would otherwise find the first, hidden tab's conversation (layout mutations, 2026-12-07).
 */
import { findMessageBlocks, type MessageBlocks } from './generic-blocks';
import { isShownByMarkup } from './visibility';

const MAX_CONTAINERS = 10;
/** Matches of one selector looked at: a few tabs' copies, never a page-sized list. */
const MAX_MATCHES = 10;

export function inContainers(doc: Document, selectors: string[] | undefined): MessageBlocks | null {
  for (const selector of (selectors ?? []).slice(0, MAX_CONTAINERS)) {
    let containers: NodeListOf<Element>;
    try {
      containers = doc.querySelectorAll(selector);
    } catch {
      continue; // A bad selector from a profile is skipped, never fatal.
    }
    for (let index = 0; index < containers.length && index < MAX_MATCHES; index++) {
      const container = containers[index]!;
      const found = isShownByMarkup(container) ? findMessageBlocks(doc, container) : null;
      if (found) return found;
    }
  }
  return null;
}
