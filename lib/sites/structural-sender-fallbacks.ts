/**
 * Who wrote a block and when, when it has no sender line, address or `time` element the usual
 * selectors know: a "From:" row at its top (structural-header-row.ts), a bold name opening its
 * header (structural-lead-name.ts), a name beside a bare time of day (structural-time-row-name.ts), the avatar beside a chat bubble (structural-avatar-name.ts),
 * a full date in a tooltip (structural-tooltip-time.ts), a caption of name and date (structural-caption-byline.ts).
 * Each is also a sign that the block is
 * someone's message, as a sender line is.
 */
import { avatarName } from './structural-avatar-name';
import { headerRow } from './structural-header-row';
import { leadName } from './structural-lead-name';
import { timeRowName } from './structural-time-row-name';
import { tooltipDate, tooltipTime } from './structural-tooltip-time';
import { shownTime } from './structural-shown-time';
import { captionByline } from './structural-caption-byline';

/** Words a written date and time take at most ("Fri, 4 Dec 2026 at 10:31 AM"). */
const DATE_WORDS = 7;

export interface FallbackSender {
  name: string;
  email?: string;
}

/** `leading` is the block's first words (generic-blocks.ts `leadingText`). */
export function fallbackSender(block: Element, leading: string): FallbackSender | null {
  const row = headerRow(leading);
  if (row) return { name: row.name, ...(row.email ? { email: row.email } : {}) };
  const name = leadName(block, leading) ?? timeRowName(block, leading) ?? avatarName(block) ?? captionByline(block)?.name;
  return name ? { name } : null;
}

export function fallbackTime(block: Element, leading: string): string | undefined {
  const rest = headerRow(leading)?.rest;
  return tooltipTime(block) ?? shownTime(block)?.time ?? (rest ? datePrefix(rest) : undefined) ?? captionByline(block)?.time;
}

/** The date a "From:" row's rest starts with ("30 nov. 2026 16:40 Bonjour…"): its longest readable first words. */
function datePrefix(rest: string): string | undefined {
  const words = rest.split(/\s+/, DATE_WORDS);
  for (let count = words.length; count >= 2; count--) {
    const time = tooltipDate(words.slice(0, count).join(' '));
    if (time) return time;
  }
  return undefined;
}

export function hasFallbackCue(block: Element, leading: string): boolean {
  return fallbackSender(block, leading) !== null || tooltipTime(block) !== undefined || shownTime(block) !== undefined;
}
