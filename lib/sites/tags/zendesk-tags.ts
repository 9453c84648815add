/**
 * Zendesk Agent Workspace's Tags field (a Garden multiselect in the ticket's properties panel).
 * Zendesk tags cannot hold spaces; a typed tag is added on Enter and shown as a tag item.
 */
import { typedTagsApplier } from './typed-tags';

/** Seen 2026-12-04 in Agent Workspace (public scripts that read and add ticket tags use it too). */
export const ZENDESK_TAGS_FIELD = '[data-test-id="ticket-system-field-tags-multiselect"]';
/** Seen 2026-12-04: one element per tag shown in the field (its text, minus the remove "×"). */
export const ZENDESK_TAG_ITEM = '[data-test-id="ticket-system-field-tags-item-selected"]';

export const zendeskTags = typedTagsApplier({
  field: ZENDESK_TAGS_FIELD,
  item: ZENDESK_TAG_ITEM,
  input: 'input',
  normalise: (tag) => tag.trim().replace(/\s+/gu, '_'),
});
