/**
 * "The box turned up mangled … the lamp itself is totally fine, no need to do anything": a parcel
 * crushed in transit with the item unharmed asks for nothing unless the mail does (LABELS.md,
 * held-out 16's call). The battered box told reads as a damaged item; when the mail says what is
 * inside is unharmed, those told damage readings are no requests, and what the mail does ask (tell
 * the courier, more padding, a return) is left. Cues: lead-cues.json unharmed.
 */
import { asks } from '@/lib/suggest/ask-cues';
import { saysUnharmed } from '@/lib/suggest/lead-cues';
import type { MessageRequest } from '@/lib/suggest/request-types';
import type { Clause } from '@/lib/suggest/segment';

/** The requests, without the damage told (not asked) of a mail that says the item inside is unharmed, when any other is left. */
export function withoutUnharmedDamage<R extends MessageRequest>(clauses: readonly Clause[], requests: R[]): R[] {
  if (!clauses.some((clause) => saysUnharmed(clause.text))) return requests;
  const asked = (r: R) => clauses.some((c) => c.start >= r.start && c.end <= r.end && asks(c.text));
  const kept = requests.filter((r) => r.intent !== 'damaged_item' || asked(r));
  return kept.length > 0 ? kept : requests;
}
