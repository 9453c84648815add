/**
 * Whether a thread is shown newest on top, from the times its messages show. A full sort needs every
 * message's full date (time.ts `chronological`); a page that shows "1 Dec, 19:22", "Nov 30" or only
 * "19:22" (under day separators) still says its direction. Times of one kind compare
 * (./shown-moment.ts: full dates, days without their year, bare clocks): each message votes, against
 * the nearest one above it of the same kind, for the order the two are in, and the page is newest
 * first when more go back in time than forward. Kinds are never mixed: a full date read from a
 * stray "yesterday" is no day to set beside "3 Dec, 19:06", and "19:22" today is not "19:22" on 1 Dec.
 * Bare clocks under two day separators are two days' ("6:12 PM" on Saturday, "8:47 AM" today): they are
 * not compared (./day-separator.ts). The separators themselves do not vote: a page may keep its day lines
 * in place while it lists the messages between them newest first.
 * With no vote, or as many each way, the page's order stands.
 */
import { type ShownMoment, shownMoment } from './shown-moment';

export interface ShownTimes {
  sentAt?: string;
  /** The text of the message's time element when it gave no `sentAt`. */
  shownTime?: string;
  /** The day separator right above the message, when there is one (./day-separator.ts). */
  dayAbove?: string;
}

const DAY = 1440;
/** Each kind and its cycle: a year of days without their year (31 days a month, ./shown-moment.ts), a day of clocks. */
const KINDS = [
  ['at', Number.POSITIVE_INFINITY],
  ['day', 372 * DAY],
  ['clock', DAY],
] as const;

export function shownNewestFirst(messages: ShownTimes[]): boolean {
  const moments = messages.map(({ sentAt, shownTime }) => shownMoment(sentAt, shownTime));
  // A new day's separator above a message: its bare clock is not compared with the day before's ("6:12 PM", then "8:47 AM" today).
  const newDay = messages.map(({ dayAbove }) => dayAbove !== undefined);
  let votes = 0;
  for (const [kind, cycle] of KINDS) votes += votesOf(moments, kind, cycle, kind === 'clock' ? newDay : []);
  return votes < 0;
}

/** Each time of the kind against the nearest one above it of the same kind, none across a break. */
function votesOf(moments: ShownMoment[], kind: keyof ShownMoment, cycle: number, breaks: boolean[] = []): number {
  let votes = 0;
  let previous: number | undefined;
  moments.forEach((moment, index) => {
    if (breaks[index]) previous = undefined;
    const time = moment[kind];
    if (time === undefined) return;
    if (previous !== undefined) votes += Math.sign(nearest(time - previous, cycle));
    previous = time;
  });
  return votes;
}
/**
 * The nearer way round a cycle: a clock that goes back more than half a day more likely went past
 * midnight ("23:50", then "00:10"), a day without its year back more than half a year past New Year.
 */
function nearest(difference: number, cycle: number): number {
  if (difference > cycle / 2) return difference - cycle;
  if (difference < -cycle / 2) return difference + cycle;
  return difference;
}
