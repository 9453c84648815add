/**
 * Pages the content script is declared for. Kept apart from the adapters so wxt.config.ts can
 * import it without pulling adapter code into the config bundle.
 */
export const GMAIL_MATCHES = ['https://mail.google.com/*'];

// Seller Central hosts per marketplace region (seen 2026-11: NA, EU, FE, and the unified EU host).
export const AMAZON_SELLER_CENTRAL_MATCHES = [
  'https://sellercentral.amazon.com/*',
  'https://sellercentral.amazon.ca/*',
  'https://sellercentral.amazon.com.mx/*',
  'https://sellercentral.amazon.co.uk/*',
  'https://sellercentral.amazon.de/*',
  'https://sellercentral.amazon.fr/*',
  'https://sellercentral.amazon.it/*',
  'https://sellercentral.amazon.es/*',
  'https://sellercentral-europe.amazon.com/*',
  'https://sellercentral.amazon.co.jp/*',
  'https://sellercentral.amazon.com.au/*',
  'https://sellercentral.amazon.in/*',
];

export const CONTENT_MATCHES = [...GMAIL_MATCHES, ...AMAZON_SELLER_CENTRAL_MATCHES];

/**
 * Test and demo builds also read fixture pages served on loopback under /sites/<site-id>/.
 * The production manifest never lists these.
 */
export const LOOPBACK_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
