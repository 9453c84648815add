/**
 * Freshdesk's Tags field in the ticket's properties: an ember-power-select multiple picker (the
 * class names are the open-source addon's; Freshdesk's Ember app renders its pickers with it). A
 * typed tag is added on Enter. Nothing is saved until the agent clicks Update.
 */
import { typedTagsApplier } from './typed-tags';

/** RECONSTRUCTED 2026-12-04 (test id in Freshdesk's `data-test-id` style): the Tags property. */
export const FRESHDESK_TAGS_FIELD = '[data-test-id="ticket-properties-tags"]';
/** Seen 2026-12-04 (ember-power-select): one selected tag, and the picker's typing input. */
export const FRESHDESK_TAG_ITEM = '.ember-power-select-multiple-option';
export const FRESHDESK_TAG_INPUT = 'input.ember-power-select-trigger-multiple-input';

export const freshdeskTags = typedTagsApplier({
  field: FRESHDESK_TAGS_FIELD,
  item: FRESHDESK_TAG_ITEM,
  input: FRESHDESK_TAG_INPUT,
});
