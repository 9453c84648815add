/**
 * Ways a reply can move a buyer off the marketplace: links, email addresses and phone numbers,
 * written plainly or obfuscated ("jane [at] shop dot com", "shopname dot com", "hxxps://…").
 * Reuses the fact check's detection, so order ids, tracking numbers, dates and amounts are never
 * taken for phone numbers.
 */
import { detectFacts } from '@/lib/suggest/fact-check-detect';
import { COMMON_TLDS, EMAIL_PATTERN, trimLinkEnd, urlHost } from '@/lib/suggest/fact-check-patterns';
import { spansOf } from '@/lib/suggest/policy-lint-regex';
import type { Span } from '@/lib/suggest/policy-lint-types';

const TLD = COMMON_TLDS.join('|');
// "@" or "at" in brackets, or "@" with spaces around it. A bare " at " counts only before a hidden
// dot ("jane at shop dot com"): "available at shop.com" is a link, not an address.
const AT = String.raw`(?:\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*|\s+@\s*|\s*@\s+)`;
// "dot" or "." in brackets, " dot ", or a dot with spaces on both sides ("shop . com"); not ". " alone,
// which ends every other sentence.
const OBFUSCATED_DOT = String.raw`(?:\s*[\[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\s+dot\s+|\s+\.\s+)`;
// After an obfuscated dot, only endings that are not also everyday words ("dot to", "dot it").
const OBFUSCATED_TLD = 'com|net|org|io|biz|info|shop|store|de|fr|es|nl|eu|ca|au|uk|ch|at';
const OBFUSCATED_TLDS = new Set(OBFUSCATED_TLD.split('|'));
const ANY_DOT = String.raw`(?:${OBFUSCATED_DOT}|\.)`;
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';

/** Words that come before " at " in prose ("a review at shop dot com"): not the name of a mailbox. */
const PROSE_BEFORE_AT = new Set([
  'review',
  'reviews',
  'us',
  'me',
  'it',
  'them',
  'online',
  'available',
  'look',
  'find',
  'visit',
  'shop',
  'store',
  'site',
  'order',
  'orders',
  'buy',
  'bought',
  'sold',
  'found',
  'here',
  'there',
  'home',
  'feedback',
  'anytime',
]);
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`(?<![\w.+-])[\w.+-]{1,64}(?:${AT}${LABEL}(?:${ANY_DOT}${LABEL})*?${ANY_DOT}(?:${TLD})|\s+at\s+${LABEL}(?:${ANY_DOT}${LABEL})*?${OBFUSCATED_DOT}(?:${OBFUSCATED_TLD}))(?![\p{L}\d])`,
  'giu',
);
/** Host-like runs of labels and dots of any kind; obfuscatedHost() decides which are hidden domains. */
const HOST_LIKE = new RegExp(String.raw`(?<![\p{L}\d@.-])${LABEL}(?:${ANY_DOT}${LABEL})+(?![\p{L}\d])`, 'giu');
const DEFANGED_URL = /\b(?:hxxps?|h\*\*ps?):\/\/\S+/giu;

/** Amazon's own pages and short links: the only links a Seller Central message may carry. */
export function isAmazonHost(host: string): boolean {
  return (
    /(?:^|\.)amazon\.(?:com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|com\.tr|ae|sa|eg|in|co\.jp|com\.au|sg)$/.test(host) ||
    /^(?:amzn\.(?:to|eu|com)|a\.co)$/.test(host)
  );
}

const trimmed = (s: Span): Span => {
  const text = trimLinkEnd(s.text);
  return { start: s.start, end: s.start + text.length, text };
};
const overlapsAny = (s: Span, others: Span[]) => others.some((o) => s.start < o.end && o.start < s.end);
const OBFUSCATED_DOT_TEST = new RegExp(OBFUSCATED_DOT, 'iu');
/** The words of an obfuscated host with every kind of dot made a real one: "shop dot com" → "shop.com". */
const deobfuscate = (text: string) => text.replace(new RegExp(OBFUSCATED_DOT, 'giu'), '.').replace(/\s+/g, '').toLowerCase();

/** "shopname dot com", "shop[.]co.uk": at least one hidden dot, and a domain ending after the last one. */
function obfuscatedHost(text: string): boolean {
  if (!OBFUSCATED_DOT_TEST.test(text)) return false;
  const last = deobfuscate(text).split('.').at(-1) ?? '';
  const plainLastDot = /[a-z0-9]\.[a-z0-9-]+$/i.test(text);
  return plainLastDot ? (COMMON_TLDS as readonly string[]).includes(last) : OBFUSCATED_TLDS.has(last);
}

export function findEmails(text: string): Span[] {
  const plain = spansOf(EMAIL_PATTERN, text);
  const hidden = spansOf(OBFUSCATED_EMAIL, text)
    .filter((s) => !overlapsAny(s, plain))
    .filter((s) => {
      const wordAt = /^([\w.+-]+)\s+at\s/i.exec(s.text);
      return !wordAt || !PROSE_BEFORE_AT.has(wordAt[1]!.toLowerCase());
    });
  return [...plain, ...hidden].sort((a, b) => a.start - b.start);
}

/** Links and domain names that are not Amazon's; emails are reported on their own, not as links. */
export function findExternalLinks(text: string, emails: Span[]): Span[] {
  const found: Span[] = [];
  // Hidden forms first: "shop[.]co.uk" is one link, not the plain "co.uk" inside it.
  for (const s of spansOf(DEFANGED_URL, text)) found.push(trimmed(s));
  for (const s of spansOf(HOST_LIKE, text)) {
    if (obfuscatedHost(s.text) && !isAmazonHost(deobfuscate(s.text)) && !overlapsAny(s, found)) found.push(s);
  }
  for (const fact of detectFacts(text)) {
    const host = fact.kind === 'url' ? urlHost(fact.text) : null;
    const s = { start: fact.start, end: fact.end, text: fact.text };
    if (host && !isAmazonHost(host) && !overlapsAny(s, found)) found.push(s);
  }
  return found.filter((s) => !overlapsAny(s, emails)).sort((a, b) => a.start - b.start);
}

export function findPhones(text: string): Span[] {
  return detectFacts(text)
    .filter((fact) => fact.kind === 'phone')
    .map((fact) => ({ start: fact.start, end: fact.end, text: fact.text }));
}
