/**
 * "For my wedding on Saturday", "must arrive by Dec 12", "für die Hochzeit am 12.12.": a date the
 * order is needed for. A date counts when an event word is near it (either side) or a deadline
 * word ("by", "bis", "avant", "까지", "までに") sits just before or after it, and it falls from
 * today to `withinDays` ahead. A date alone ("ordered on Monday") is not an event.
 *
 * "Today" is different: customers write it to say when something happened ("오늘(11월 24일) 받은
 * 선물이 깨져 있었어요", "today (Nov 24) the gift arrived torn"), often with the date restated beside
 * it. Such a mention — "today", or today's date in apposition to it — counts only with a deadline
 * word right next to it ("need it today", "오늘까지"), never because an event word is nearby.
 */
import { findDates, type FoundDate } from '@/lib/triage/dates';
import type { PhraseHit } from '@/lib/triage/phrases';

const EVENT_WINDOW = 60;
const DEADLINE_WINDOW = 12;
const DAY_MS = 86_400_000;
/** What may stand between "today" and the date restating it: brackets, commas, dashes, "den"/"le". */
const APPOSITION_GAP = /^[\s()（）[\],，、:：.\-–—]*(?:den|le|el|the)?[\s()（）[\],，、:：.\-–—]*$/u;

export interface DatedEvent {
  date: string;
  daysAway: number;
}

interface Span {
  start: number;
  end: number;
}

interface Mention extends Span {
  date: Date;
  /** "Today", or a date restating it: needs a deadline word, an event word is not enough. */
  today: boolean;
}

function near(hit: PhraseHit, span: Span, window: number): boolean {
  return hit.end <= span.start ? span.start - hit.end <= window : hit.start >= span.end ? hit.start - span.end <= window : true;
}

function startOfDayUtc(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

function sameDay(a: Date, b: Date): boolean {
  return startOfDayUtc(a) === startOfDayUtc(b);
}

/** Dates as mentions: "today" and a same-day date written right beside it become one "today" mention. */
function mentionsOf(folded: string, dates: FoundDate[]): Mention[] {
  const mentions: Mention[] = dates.map((d) => ({ date: d.date, start: d.start, end: d.end, today: d.today }));
  for (const today of mentions.filter((m) => m.today)) {
    for (const other of mentions) {
      if (other === today || !sameDay(other.date, today.date)) continue;
      const [first, second] = other.start < today.start ? [other, today] : [today, other];
      if (second.start < first.end || !APPOSITION_GAP.test(folded.slice(first.end, second.start))) continue;
      other.today = true;
      today.start = other.start = first.start;
      today.end = other.end = Math.max(first.end, second.end);
    }
  }
  return mentions;
}

/** The nearest qualifying dated event, or null. `hits` are the event and deadline phrases found in `folded`. */
export function findDatedEvent(folded: string, hits: PhraseHit[], now: Date, withinDays: number): DatedEvent | null {
  const cues = hits.filter((hit) => hit.signal === 'event' || hit.signal === 'deadline');
  if (cues.length === 0) return null;
  const today = startOfDayUtc(now);
  let best: DatedEvent | null = null;
  for (const mention of mentionsOf(folded, findDates(folded, now))) {
    const day = startOfDayUtc(mention.date);
    const daysAway = Math.round((day - today) / DAY_MS);
    if (daysAway < 0 || daysAway > withinDays) continue;
    const cued = cues.some((cue) =>
      cue.signal === 'event' ? !mention.today && near(cue, mention, EVENT_WINDOW) : near(cue, mention, DEADLINE_WINDOW),
    );
    if (cued && (!best || daysAway < best.daysAway)) best = { date: new Date(day).toISOString().slice(0, 10), daysAway };
  }
  return best;
}
