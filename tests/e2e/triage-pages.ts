/** The pages the triage spec serves, rewritten so their ages hold whatever day the suite runs. */
import { readFileSync } from 'node:fs';
import { PANEL_NOW } from '../harness/chromium';

/** The instant the dated fixture was written against: its buyer's latest message is 30 hours older. */
const FIXTURE_NOW = Date.parse('2026-12-04T12:00:00Z');
export const WAITING_PAGE = '/sites/amazon-seller-central/2026-12-04-waiting-30-hours.html';

/**
 * The panel's clock is fixed at PANEL_NOW (tests/harness/chromium.ts), so the page is served with
 * every `datetime` moved by (PANEL_NOW − FIXTURE_NOW): the buyer's message is 30 hours old for the
 * panel whatever day this runs.
 */
function shiftedToNow(file: string): string {
  const shift = PANEL_NOW.getTime() - FIXTURE_NOW;
  return readFileSync(file, 'utf8').replace(
    /datetime="([^"]+)"/g,
    (_, iso: string) => `datetime="${new Date(Date.parse(iso) + shift).toISOString()}"`,
  );
}

export const INBOX_LIST = '/sites/gmail/2026-12-04-inbox-list.html';
const GMAIL_TITLE = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** Gmail's row dates are local-time titles ("Fri, Dec 4, 2026, 8:55 AM"): moved the same way. */
function gmailListShiftedToNow(file: string): string {
  const shift = PANEL_NOW.getTime() - FIXTURE_NOW;
  return readFileSync(file, 'utf8').replace(
    /title="(\w{3}, \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M)"/g,
    (_, shown: string) => `title="${GMAIL_TITLE.format(new Date(Date.parse(shown) + shift))}"`,
  );
}

const TWO_REQUESTS = '/sites/gmail/2026-12-04-two-requests.html';
export const TWO_REQUESTS_THREAD = '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';
/** The same Gmail thread, its latest mail rewritten: a question about a product first, damage second. */
export const ASK_THEN_DAMAGE = '/sites/gmail/ask-then-damage.html';
function askThenDamage(file: string): string {
  const page = readFileSync(file, 'utf8');
  const latest = /<div>I got the shipping email on Friday,[^<]*<\/div><div><br><\/div><div>Also, could you send me an invoice[^<]*<\/div>/;
  if (!latest.test(page)) throw new Error(`${file}: the latest mail's wording changed; update this spec`);
  return page.replace(
    latest,
    '<div>Does the merino throw also come in a larger size, something that covers a king bed?</div><div><br></div>' +
      '<div>Also, one of the cushion covers arrived torn along the seam and the zip is broken.</div>',
  );
}

/** Each page's path on the spec's fixture server, with its rewritten markup. */
export function triagePages(): Record<string, string> {
  return {
    [WAITING_PAGE]: shiftedToNow(`tests/fixtures${WAITING_PAGE}`),
    [ASK_THEN_DAMAGE]: askThenDamage(`tests/fixtures${TWO_REQUESTS}`),
    [INBOX_LIST]: gmailListShiftedToNow(`tests/fixtures${INBOX_LIST}`),
  };
}
