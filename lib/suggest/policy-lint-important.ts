/**
 * Amazon's "[Important]" tag: allowed only on a message the buyer needs to complete the order.
 * Whether a message is one is read from order-essential cues in six languages
 * (policy-lint-important.json); the caller also counts a tag as misuse on a message that asks for a
 * review or markets, whatever else it says.
 */
import type { Span } from '@/lib/suggest/policy-lint-contact';
import cues from '@/lib/suggest/policy-lint-important.json';
import { anyOf } from '@/lib/suggest/policy-lint-regex';

export const IMPORTANT_TAG = /\[\s*important\s*\]|\(\s*important\s*\)|【\s*important\s*】/giu;
const ORDER_ESSENTIAL = anyOf(cues.orderEssential);

export const findImportantTags = (text: string): Span[] =>
  [...text.matchAll(IMPORTANT_TAG)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }));

/** True when the message, its tags aside, is about something the buyer must act on for the order to complete. */
export const orderEssential = (text: string): boolean => ORDER_ESSENTIAL.test(text.replace(IMPORTANT_TAG, ' '));
