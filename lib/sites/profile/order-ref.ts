/**
 * The order a marketplace conversation is about, carried into its subject: Amazon, eBay and Etsy
 * show the order apart from the subject (an order card), and lib/ticket reads order references
 * from the text it is given. Data: the `orderRef` selectors and the profile's `orderInSubject`.
 */
import { choices as lookupChoices } from './lookup';
import { pattern } from './labels';
import { queryAll } from './safe-query';
import type { SiteProfile } from './types';

/** Text of an order card a pattern runs on: enough for any order card, little for a pattern's worst case. */
const MAX_ORDER_TEXT = 500;

/** The subject with the order the page shows, when the profile says how and the subject lacks it. */
export function withOrder(subject: string, root: ParentNode, profile: SiteProfile): string {
  const rule = profile.orderInSubject;
  const reference = rule ? orderReference(root, profile, rule.pattern) : undefined;
  if (!rule || !reference || subject.includes(reference)) return subject;
  return rule.subject
    .replace('{subject}', () => subject)
    .replace('{order}', () => reference)
    .slice(0, 300);
}

/** The first match of the pattern in the text of an element the `orderRef` selectors find (its first group, else all of it). */
function orderReference(root: ParentNode, profile: SiteProfile, source: string): string | undefined {
  const regex = pattern(source);
  if (!regex) return undefined;
  for (const { css } of lookupChoices(profile, 'orderRef')) {
    for (const element of queryAll(root, css)) {
      const match = regex.exec((element.textContent ?? '').slice(0, MAX_ORDER_TEXT));
      const reference = (match?.[1] ?? match?.[0])?.trim();
      if (reference) return reference.slice(0, 100);
    }
  }
  return undefined;
}
