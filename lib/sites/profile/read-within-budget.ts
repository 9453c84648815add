/**
 * The message blocks a profile found, read newest first within the page's time budget
 * (./read-with-profile.ts): a read cut short keeps what the agent answers and counts the rest.
 */
import { type Card, type Read, readMessage } from './read-message';
import type { Identity } from './read-identity';
import type { SiteProfile } from './types';

/** The blocks' reads in page order, and how many older blocks the budget left unread. */
export function readWithinBudget(
  kept: Element[],
  profile: SiteProfile,
  self: Identity,
  card: Card,
  budgetMs: number,
): { read: Read[]; unread: number } {
  const newestFirst: Read[] = [];
  let unread = 0;
  const started = now();
  for (let index = kept.length - 1; index >= 0; index--) {
    if (newestFirst.length > 0 && now() - started > budgetMs) {
      unread = index + 1;
      break;
    }
    const message = readMessage(kept[index]!, profile, self, card);
    if (message) newestFirst.push(message);
  }
  return { read: newestFirst.reverse(), unread };
}

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}
