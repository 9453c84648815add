/**
 * A snapshot's text (./redact-snapshot.ts): every word redacted, but the time of a timestamp and a date
 * written as plain text, which the readers find messages and their order by.
 */
import { redactTimeText } from '@/lib/sites/redact-time-text';
import { dateTextTime, langOf } from '@/lib/sites/structural-shown-time';

/** Short texts of timestamps keep their time (no one's personal data, and it orders the messages), not a name beside it. */
const TIMESTAMP = 'time, [datetime], [class*="date" i], [class*="time" i], [data-app-section*="time" i], [data-app-section*="date" i]';
const MAX_TIMESTAMP_CHARS = 40;

export function redactTextNode(node: Node, text: (value: string) => string): void {
  const parent = node.parentElement;
  if (!parent || parent.localName === 'style') return;
  const lang = langOf(parent);
  // A timestamp's short text stays, but a name beside its date ("Ieva Ozoliņa 05.12.2026 21:37") does not.
  const stamp = parent.closest(TIMESTAMP);
  if (stamp && looksLikeTime(stamp.textContent)) {
    node.nodeValue = redactTimeText(node.nodeValue ?? '', lang, text);
    return;
  }
  // A date however its element is named ("30.11.2026 19:40" in a `…__when`, "De : claire · 30 nov. 2026 09:12"):
  // the readers find messages and their order by it; the name beside it is redacted.
  node.nodeValue = (node.nodeValue ?? '')
    .split(ROW_SEPARATOR)
    .map((part, index) => (index % 2 === 1 ? part : dateTextTime(part, lang) ? redactTimeText(part, lang, text) : text(part)))
    .join('');
}

/** The separators of a header row's parts (name · date). */
const ROW_SEPARATOR = /(\s[·•|]\s)/;

/** A class such as "timeline-entry__sender" matches TIMESTAMP too: only a short text with a digit is a time. */
function looksLikeTime(value: string | null): boolean {
  return !!value && value.length <= MAX_TIMESTAMP_CHARS && /\p{N}/u.test(value);
}
