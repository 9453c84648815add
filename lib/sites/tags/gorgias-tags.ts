/**
 * Gorgias's ticket tags, in the ticket header: "+ Add tags" opens a dropdown with a search box, and
 * Enter adds the typed tag (creating it when the account has none by that name). Gorgias saves a
 * ticket's tags as they are added, so the agent's click on Apply tags is the consent.
 */
import { typedTagsApplier } from './typed-tags';

/** RECONSTRUCTED 2026-12-04 (Gorgias's `data-testid` style): the header's tag list, one tag, the add button. */
export const GORGIAS_TAGS_FIELD = '[data-testid="ticket-tags"]';
export const GORGIAS_TAG_ITEM = '[data-testid="ticket-tag"]';
export const GORGIAS_TAGS_ADD = '[data-testid="ticket-tags-add"]';
/** RECONSTRUCTED 2026-12-04: the dropdown's search box (rendered in a popover at the end of the page). */
export const GORGIAS_TAG_INPUT = '[data-testid="ticket-tags-dropdown"] input';

export const gorgiasTags = typedTagsApplier({
  field: GORGIAS_TAGS_FIELD,
  item: GORGIAS_TAG_ITEM,
  input: GORGIAS_TAG_INPUT,
  inputInPopover: true,
  opener: GORGIAS_TAGS_ADD,
});
