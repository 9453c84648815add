/**
 * Pages the content script is declared for. Kept apart from the adapters so wxt.config.ts can
 * import it without pulling adapter code into the config bundle.
 */
export const GMAIL_MATCHES = ['https://mail.google.com/*'];

// Seller Central hosts per marketplace region (seen 2026-11: NA, EU, FE, and the unified EU host),
// by what follows "sellercentral": the hosts' common part then costs the generic content script once.
const AMAZON_HOST_ENDS = [
  '.amazon.com',
  '.amazon.ca',
  '.amazon.com.mx',
  '.amazon.co.uk',
  '.amazon.de',
  '.amazon.fr',
  '.amazon.it',
  '.amazon.es',
  '-europe.amazon.com',
  '.amazon.co.jp',
  '.amazon.com.au',
  '.amazon.in',
];
export const AMAZON_SELLER_CENTRAL_MATCHES = /* @__PURE__ */ AMAZON_HOST_ENDS.map((end) => `https://sellercentral${end}/*`);

// Help Scout is a single-page app: a conversation opened from a mailbox list is reached without a
// page load, so the script is declared for the whole app and the adapter picks /conversation/ pages.
export const HELP_SCOUT_MATCHES = ['https://secure.helpscout.net/*'];

// Outlook on the web: work or school (office.com, the older office365.com host) and personal (live.com).
export const OUTLOOK_MATCHES = [
  'https://outlook.office.com/mail/*',
  'https://outlook.office365.com/mail/*',
  'https://outlook.live.com/mail/*',
  // The light (basic) version, a table layout without script: `/owa/?ae=Item&…` opens one message (2026-12-05).
  'https://outlook.office.com/owa/*',
  'https://outlook.office365.com/owa/*',
];

// eBay marketplaces: mesg.ebay.com (classic inbox) and www.ebay.com/cnt/ (newer one) are seen in public code
// (2026-11-24); the other marketplaces are assumed to use the same hosts under their own domains.
const EBAY_TLDS = ['com', 'co.uk', 'de', 'com.au', 'ca', 'fr', 'it', 'es'];
export const EBAY_MATCHES = /* @__PURE__ */ EBAY_TLDS.flatMap((tld) => [
  `https://mesg.ebay.${tld}/*`,
  `https://www.ebay.${tld}/cnt/*`,
  `https://www.ebay.${tld}/mye/myebay/messages*`,
  `https://www.ebay.${tld}/mesh/*`,
]);

// Etsy conversations: the current /messages app and the older /your/conversations pages.
export const ETSY_MATCHES = ['https://www.etsy.com/messages*', 'https://www.etsy.com/your/conversations*'];

// Zendesk, Freshdesk and Gorgias are single-page apps: a ticket opened from a view is reached
// without a page load, so each script is declared for the agent app and the adapter picks ticket pages.
export const ZENDESK_MATCHES = ['https://*.zendesk.com/agent/*'];
export const FRESHDESK_MATCHES = ['https://*.freshdesk.com/a/*'];
export const GORGIAS_MATCHES = ['https://*.gorgias.com/app/*'];

// Marked pure so a site's content script, which imports only its own list, leaves the others out.
export const CONTENT_MATCHES = /* @__PURE__ */ [
  GMAIL_MATCHES,
  AMAZON_SELLER_CENTRAL_MATCHES,
  HELP_SCOUT_MATCHES,
  OUTLOOK_MATCHES,
  EBAY_MATCHES,
  ETSY_MATCHES,
  ZENDESK_MATCHES,
  FRESHDESK_MATCHES,
  GORGIAS_MATCHES,
].flat();

/**
 * Test and demo builds also read fixture pages served on loopback under /sites/<site-id>/.
 * The production manifest never lists these.
 */
export const LOOPBACK_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
