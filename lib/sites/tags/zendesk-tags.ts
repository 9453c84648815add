/**
 * Zendesk Agent Workspace's Tags field (a Garden multiselect in the ticket's properties panel).
 * Zendesk tags cannot hold spaces; a typed tag is added on Enter and shown as a tag item.
 */
import type { TagApplier } from './types';
import { typeToken } from './type-into-field';
import { waitFor } from '@/lib/sites/wait-for';

/** How long Zendesk gets to show a typed tag as a tag item. */
const TAG_SHOWN_TIMEOUT_MS = 1500;

/** Seen 2026-12-04 in Agent Workspace (public scripts that read and add ticket tags use it too). */
export const ZENDESK_TAGS_FIELD = '[data-test-id="ticket-system-field-tags-multiselect"]';
/** Seen 2026-12-04: one element per tag shown in the field (its text, minus the remove "×"). */
export const ZENDESK_TAG_ITEM = '[data-test-id="ticket-system-field-tags-item-selected"]';

function tagsIn(field: Element): string[] {
  return [...field.querySelectorAll(ZENDESK_TAG_ITEM)].map((item) => (item.textContent ?? '').replace(/×\s*$/u, '').trim()).filter(Boolean);
}

export const zendeskTags: TagApplier = {
  readTags(document) {
    const field = document.querySelector(ZENDESK_TAGS_FIELD);
    return field ? tagsIn(field) : null;
  },
  async applyTags(document, tags) {
    const field = document.querySelector<HTMLElement>(ZENDESK_TAGS_FIELD);
    const input = field?.querySelector<HTMLInputElement>('input');
    if (!field || !input) return { applied: [], message: 'This ticket shows no Tags field. Copy the tags instead.' };
    for (const tag of tags.map((t) => t.replace(/\s+/gu, '_'))) {
      if (tagsIn(field).includes(tag)) continue;
      typeToken(input, tag);
      // Garden renders the new tag item on a later task; the next tag waits for it.
      await waitFor(document, () => (tagsIn(field).includes(tag) ? true : null), TAG_SHOWN_TIMEOUT_MS);
    }
    const shown = tagsIn(field);
    const missing = tags.filter((tag) => !shown.includes(tag.replace(/\s+/gu, '_')));
    return missing.length === 0 ? { applied: shown } : { applied: shown, message: `Zendesk did not take: ${missing.join(', ')}.` };
  },
};
