/**
 * What a mail client or helpdesk writes above a message inside its block is the page's, not the
 * customer's: a warning banner (`role="alert"`/`"status"`: "Be careful with this message", "Fai
 * attenzione con questo messaggio"), a translate bar ("Breton › Italian · Translate message"), a
 * bar of controls. Left out of the message's text when it leads the text, whatever its words, so
 * the same words further in (a customer quoting a warning) stay hers. Gmail in an Italian UI,
 * blind set 20, 2026-12-07.
 */
import { readableText } from '@/lib/sites/text';
import { singleLine } from '@/lib/sites/single-line';

/** Notices the page marks as such. */
const MARKED = '[role="alert"], [role="status"]';
const BUTTONS = 'button, [role="button"]';
/** A bar's own words beside its buttons: a language pair and an arrow ("bretone › italiano"), no more. */
const MAX_BAR_WORDS = 40;
/** A notice is a few lines; a longer element is (or holds) the message. */
const MAX_NOTICE = 600;
/** Notices and buttons looked at in a block. */
const MAX_CANDIDATES = 12;

export function withoutLeadingNotices(block: Element, text: string): string {
  let lines = text.split('\n');
  for (const notice of notices(block)) {
    const after = afterLines(lines, readableText(notice).split('\n'));
    // A block that is nothing but the notice is read as it is.
    if (after && after.join('').trim() !== '') lines = after;
  }
  return lines.join('\n').trim();
}

/** The lines after `own` when the text's first lines are `own`'s, blank lines aside; else null. */
function afterLines(lines: string[], own: string[]): string[] | null {
  const wanted = own.map((line) => singleLine(line)).filter(Boolean);
  let at = 0;
  for (const line of wanted) {
    while (at < lines.length && lines[at]!.trim() === '') at++;
    if (at >= lines.length || singleLine(lines[at]) !== line) return null;
    at++;
  }
  return wanted.length > 0 ? lines.slice(at) : null;
}

/** The block's notices in page order: marked ones, and bars whose words are mostly their buttons'. */
function notices(block: Element): Element[] {
  const marked = [...block.querySelectorAll(MARKED)].slice(0, MAX_CANDIDATES);
  const bars = [...block.querySelectorAll(BUTTONS)].slice(0, MAX_CANDIDATES).flatMap((button) => {
    const bar: Element | null = button.parentElement;
    return bar && bar !== block && isBar(bar) ? [bar] : [];
  });
  const found = [...new Set([...marked, ...bars])].filter((notice) => singleLine(notice.textContent, MAX_NOTICE + 1).length <= MAX_NOTICE);
  return found.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)); // 4: b follows a
}

/** A bar says little beside its buttons (at most twice their words): a line of text with a small button is the message's. */
function isBar(bar: Element): boolean {
  const buttons = [...bar.querySelectorAll(BUTTONS)].reduce((sum, button) => sum + singleLine(button.textContent).length, 0);
  const words = singleLine(bar.textContent, 2 * MAX_NOTICE).length - buttons;
  return words <= MAX_BAR_WORDS && words <= 2 * buttons;
}
