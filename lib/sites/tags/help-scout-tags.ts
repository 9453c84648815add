/**
 * Help Scout's conversation tags: the toolbar's Tags button opens a box under the subject, and
 * Enter adds the typed tag (Help Scout stores tags in lowercase). Help Scout saves a tag as it is
 * added, so the agent's click on Apply tags is the consent.
 */
import { typedTagsApplier } from './typed-tags';

/** RECONSTRUCTED 2026-12-04 (the newer app's `data-cy` style): the conversation's tag list and one tag. */
export const HELP_SCOUT_TAGS_FIELD = '[data-cy="ConvoTags"]';
export const HELP_SCOUT_TAG_ITEM = '[data-cy="Tag"]';
/** RECONSTRUCTED 2026-12-04: the toolbar's Tags button and the box it opens. */
export const HELP_SCOUT_TAGS_ADD = '[data-cy="AddTagButton"]';
export const HELP_SCOUT_TAG_INPUT = 'input[data-cy="TagInput"]';

export const helpScoutTags = typedTagsApplier({
  field: HELP_SCOUT_TAGS_FIELD,
  item: HELP_SCOUT_TAG_ITEM,
  input: HELP_SCOUT_TAG_INPUT,
  inputInPopover: true,
  opener: HELP_SCOUT_TAGS_ADD,
  normalise: (tag) => tag.trim().toLowerCase(),
});
