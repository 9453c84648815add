/**
 * "For my wedding on Saturday", "must arrive by Dec 12", "für die Hochzeit am 12.12.": a date the
 * order is needed for. A date counts when an event word is near it (either side) or a deadline
 * word ("by", "bis", "avant", "까지", "までに") sits just before or after it, and it falls from
 * today to `withinDays` ahead. A date alone ("ordered on Monday") is not an event.
 */
import { findDates, type FoundDate } from '@/lib/triage/dates';
import type { PhraseHit } from '@/lib/triage/phrases';

const EVENT_WINDOW = 60;
const DEADLINE_WINDOW = 12;
const DAY_MS = 86_400_000;

export interface DatedEvent {
  date: string;
  daysAway: number;
}

function near(hit: PhraseHit, date: FoundDate, window: number): boolean {
  return hit.end <= date.start ? date.start - hit.end <= window : hit.start >= date.end ? hit.start - date.end <= window : true;
}

function startOfDayUtc(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

/** The nearest qualifying dated event, or null. `hits` are the event and deadline phrases found in `folded`. */
export function findDatedEvent(folded: string, hits: PhraseHit[], now: Date, withinDays: number): DatedEvent | null {
  const cues = hits.filter((hit) => hit.signal === 'event' || hit.signal === 'deadline');
  if (cues.length === 0) return null;
  const today = startOfDayUtc(now);
  let best: DatedEvent | null = null;
  for (const found of findDates(folded, now)) {
    const day = startOfDayUtc(found.date);
    const daysAway = Math.round((day - today) / DAY_MS);
    if (daysAway < 0 || daysAway > withinDays) continue;
    const cued = cues.some((cue) => near(cue, found, cue.signal === 'event' ? EVENT_WINDOW : DEADLINE_WINDOW));
    if (cued && (!best || daysAway < best.daysAway)) best = { date: new Date(day).toISOString().slice(0, 10), daysAway };
  }
  return best;
}
