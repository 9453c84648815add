/**
 * The signed-in account's control found by its label alone, wherever the page puts it: a div-only
 * build has no `header` or `nav` to look in, yet its avatar button still says "Your profile and
 * settings: Xoán Lema" (Jira-like page under the swap-tags layout mutation, 2026-12-07). Only a label
 * that opens with an account prefix (structural-words.json `accountPrefixes`) counts: it says whose
 * account it is, which a contact card's label never does.
 */
import { readerWords } from '@/lib/sites/reader-words';

/** Labelled elements looked at, in page order: an app's top bar comes first. */
const MAX_LABELLED = 300;

export function accountLabelled(doc: Document): Element[] {
  const prefixes = readerWords().accountPrefixes;
  const opens = (label: string | null) => !!label && prefixes.some((prefix) => label.trim().toLowerCase().startsWith(prefix));
  const labelled = doc.querySelectorAll('[aria-label], [title]');
  const found: Element[] = [];
  for (let index = 0; index < labelled.length && index < MAX_LABELLED; index++) {
    const element = labelled[index]!;
    if (opens(element.getAttribute('aria-label')) || opens(element.getAttribute('title'))) found.push(element);
  }
  return found;
}
