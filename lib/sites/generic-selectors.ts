/**
 * What the generic adapter looks for on a page no adapter knows. These are not one site's
 * selectors but web conventions (written 2026-11-24 and exercised by the reconstructed pages in
 * tests/fixtures/sites/generic/, not checked against live sites): semantic roles,
 * `time`/`datetime`, `mailto:` links, schema.org `itemprop`, and class names that say what a
 * block is. The confidence says how sure a read built on them was.
 */

/** Class-name words of a message block (`topic-post`, `thread-entry`, `message--agent`, …). */
export const MESSAGE_CLASS_WORDS =
  /(?:^|[-_\s])(message|msg|post|comment|reply|entry|thread-item|conversation-item|ticket-entry|article|note|event)s?(?:$|[-_\s\d])/i;

/**
 * Sender lines inside a block. A link to the person's profile page (`/agent/users/<id>`, Zendesk
 * workspace's hashed-class log, seen 2026-12-05) is the name where no class says so. A class ending
 * in `-name` (`agent-name`, `bubble-name`) or naming the requester (a helpdesk's word for the customer)
 * marks it too (Freshdesk-like and Etsy-like pages, 2026-12-06); `-name` only in a header (../generic-author.ts).
 */
export const NAME_CLASS = '[class$="-name" i]';
export const SENDER = `[itemprop="author"], a[href*="/users/" i], [rel="author"], [data-author], [email], [data-email], [class*="author" i], [class*="sender" i], [data-test-id*="sender" i], [data-testid*="sender" i], [data-testid*="author" i], [data-selector*="sender" i], [data-qa*="sender" i], [class*="from" i], [class*="username" i], [class*="user-name" i], [class*="user_name" i], [class*="persona" i], [class*="actor" i], [class*="__name" i], [class~="name" i], ${NAME_CLASS}, [class*="requester" i], [title*="@"]`;

/** `mailto:` links: the most reliable address a page shows. */
export const MAILTO = 'a[href^="mailto:" i]';

/** An address shown in a block: a `mailto:` link or an element that carries one. */
export const MAIL_CUE = `${MAILTO}, [data-email], [email], [itemprop="email"]`;

/** Timestamps: `time` elements, anything with `datetime`, and date/time-named elements. */
export const TIMESTAMP =
  'time, [datetime], [class*="date" i], [class*="time" i], [data-app-section*="time" i], [data-app-section*="date" i], [data-testid*="time" i], [data-test-id*="time" i], [data-testid*="date" i], [data-test-id*="date" i]';

/** Everything that marks a block as someone's message: a sender, an address or a time. */
export const SENDER_CUE = `${SENDER}, ${MAILTO}, time, [datetime]`;

/** Where a page names the ticket's subject (an input, or an element named for it). */
export const SUBJECT_FIELD = 'input[aria-label*="subject" i], input[name*="subject" i]';
export const SUBJECT_NAMED =
  '[class*="subject" i], [id*="subject" i], [data-testid*="subject" i], [data-test-id*="subject" i], [data-selector*="subject" i], [data-app-section*="subject" i]';

/** Where the message text sits inside a block, when the page says so. */
export const BODY =
  '[itemprop="text"], [itemprop="articleBody"], [class*="body" i], [class*="content" i], [class*="text" i], [class*="cooked" i], [data-test-id*="content" i], [data-testid*="content" i], [data-test-id*="body" i], [data-testid*="body" i], [data-selector*="text" i], [aria-label*="message body" i]';

/** Page chrome a conversation never sits in. */
export const CHROME =
  'nav, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="menu"], [role="tablist"]';
/** A `header` is page chrome only outside the main content (a ticket's own header holds its subject). */
export const PAGE_HEADER = 'header';
export const MAIN_CONTENT = 'main, article, section, [role="main"]';

/** Headings that may carry the subject. */
export const HEADING = 'h1, h2, h3, [role="heading"]';

/** "Signed in as Jane Doe" in the page header, in a few languages. */
export const SIGNED_IN_TEXT = /(?:signed in as|logged in as|angemeldet als|connecté en tant que|conectado como)\s*:?\s*([^\n|•·]{2,80})/i;

/** Editable fields that can hold a reply. */
export const EDITABLE = 'textarea, [contenteditable=""], [contenteditable="true" i], [contenteditable="plaintext-only" i]';

/** Fields that are not reply boxes: search, address bars, chat widgets' one-liners. */
export const NOT_A_REPLY_BOX =
  /(?:^|[^a-z])(?:search|suche|recherche|filter|query|subject|betreff|address|url|login|password)(?:$|[^a-z])/i;
