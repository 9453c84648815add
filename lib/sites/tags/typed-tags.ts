/**
 * The tag pickers of Zendesk, Freshdesk, Gorgias and Help Scout work alike: (open the picker,) type
 * a tag into its input, press Enter, and the page shows it as a tag item. One applier for all,
 * given each site's selectors: it types only the tags not shown yet, waits for each to appear, and
 * says which the page did not take. Nothing is saved: the agent submits the ticket.
 */
import type { TagApplier } from './types';
import { typeToken } from './type-into-field';
import { clickLikeUser } from '@/lib/sites/insert';
import { waitFor } from '@/lib/sites/wait-for';

/** How long a page gets to show a typed tag as a tag item (or its picker's input after a click). */
const TAG_SHOWN_TIMEOUT_MS = 1500;

export interface TypedTagsSpec {
  /** The tags field: holds the tag items (and usually the input). */
  field: string;
  /** One shown tag, inside the field; its text minus a remove "×" is the tag. */
  item: string;
  /** The input a tag is typed into, inside the field. */
  input: string;
  /** The picker opens in a popover outside the field: look for the input in the whole page. */
  inputInPopover?: boolean;
  /** A button that reveals the input ("Add tags"), clicked as a person would when the input is not there. */
  opener?: string;
  /** How the site stores a tag (Zendesk: no spaces, lowercase). */
  normalise?: (tag: string) => string;
}

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

export function typedTagsApplier(spec: TypedTagsSpec): TagApplier {
  const normalise = spec.normalise ?? ((tag: string) => tag.trim());
  const shownIn = (field: Element) =>
    [...field.querySelectorAll(spec.item)].map((item) => (item.textContent ?? '').replace(/^\s*×|×\s*$/gu, '').trim()).filter(Boolean);
  const findInput = (document: Document, field: Element) =>
    field.querySelector<HTMLInputElement>(spec.input) ??
    (spec.inputInPopover ? document.querySelector<HTMLInputElement>(spec.input) : null);

  return {
    readTags(document) {
      const field = document.querySelector(spec.field);
      return field ? shownIn(field) : null;
    },
    async applyTags(document, tags) {
      const field = document.querySelector(spec.field);
      if (!field) return { applied: [], failure: 'no-tags-field' };
      let input = findInput(document, field);
      const opener = spec.opener ? document.querySelector(spec.opener) : null;
      if (!input && opener) {
        clickLikeUser(opener);
        input = await waitFor(document, () => findInput(document, field), TAG_SHOWN_TIMEOUT_MS);
      }
      if (!input) return { applied: shownIn(field), failure: 'tag-box-closed' };
      const wanted = tags.map(normalise).filter(Boolean);
      for (const tag of wanted) {
        if (shownIn(field).some((shown) => same(shown, tag))) continue;
        typeToken(input, tag);
        // The page renders the new tag item on a later task; the next tag waits for it.
        await waitFor(document, () => (shownIn(field).some((shown) => same(shown, tag)) ? true : null), TAG_SHOWN_TIMEOUT_MS);
      }
      const shown = shownIn(field);
      const missing = wanted.filter((tag) => !shown.some((s) => same(s, tag)));
      return missing.length === 0 ? { applied: shown } : { applied: shown, failure: 'not-taken', missing };
    },
  };
}
