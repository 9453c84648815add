/**
 * Links, email addresses and phone numbers in reply text, shared by the fact check (is this
 * fact in the data?) and the policy lint (may this be sent at all?).
 */

/** Top-level domains a bare "shopname.com" is written with; file names (".pdf", ".jpg") stay out. */
export const COMMON_TLDS = [
  'com',
  'net',
  'org',
  'info',
  'biz',
  'shop',
  'store',
  'online',
  'site',
  'app',
  'io',
  'co',
  'me',
  'us',
  'uk',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'be',
  'at',
  'ch',
  'eu',
  'ca',
  'au',
  'nz',
  'ie',
  'pl',
  'se',
  'dk',
  'no',
  'fi',
  'pt',
  'br',
  'mx',
  'in',
  'jp',
  'kr',
  'cn',
  'xyz',
  'top',
  'ly',
  'gl',
  'to',
  'link',
  'page',
] as const;
const TLD = COMMON_TLDS.join('|');

/** "https://…" or "www.…", up to whitespace or a character that cannot end a written link. */
export const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/giu;
/** "shopname.com", "returns.shop.co.uk/help" — a host without scheme whose last label is a common TLD. */
export const BARE_DOMAIN_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\d@.\-/])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:${TLD})(?![\p{L}\d-]|\.[a-z0-9])(?:/[^\s<>"'\x60]*)?`,
  'giu',
);
export const EMAIL_PATTERN = /(?<![\w.%+-])[\w.%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![\w@])/g;
/** Seven to fifteen digits with the usual separators, optionally international ("+49 30 123456", "(555) 123-4567"). */
export const PHONE_PATTERN = /(?<![\w+\-/.,])(?:\+|00)?\(?\d[\d ().\-/\u00a0]{5,22}\d(?![\w]|[.,]\d)/g;
/** Words that say a nearby number is a phone number. */
export const PHONE_WORDS =
  /\b(?:call|phone|tel|telephone|mobile|cell|fax|hotline|whatsapp|telefon|téléphone|teléfono|telefono|rufen|anrufen)\b|☎|📞|전화|연락처|휴대폰|핸드폰|電話|携帯|連絡先|ＴＥＬ/i;

/**
 * Full-width digits, letters and signs ("０３－１２３４－５６７８", "＄") as their ASCII forms, one
 * character for one so offsets stay valid. Japanese and Korean text often types numbers full width.
 */
export function foldFullWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => (c === '\uffe5' ? c : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Trailing characters that end a sentence rather than a link: "see https://x.com/a." */
export function trimLinkEnd(text: string): string {
  let out = text.replace(/[.,;:!?]+$/, '');
  // A closing bracket belongs to the link only when the link opened one.
  while (/[)\]}]$/.test(out) && (out.match(/[([{]/g) ?? []).length < (out.match(/[)\]}]/g) ?? []).length)
    out = out.slice(0, -1).replace(/[.,;:!?]+$/, '');
  return out;
}

/** Comparable form: no scheme, no "www.", host lower-cased, no trailing slash; path, query and fragment kept. */
export function urlKey(text: string): string {
  const withScheme = /^https?:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    const host = url.hostname.replace(/^www\./, '');
    const path = url.pathname.replace(/\/+$/, '');
    return `${host}${url.port ? `:${url.port}` : ''}${path}${url.search}${url.hash}`;
  } catch {
    return text.toLowerCase();
  }
}

export function urlHost(text: string): string | null {
  try {
    return new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export function phoneDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  return text.trim().startsWith('00') ? digits.slice(2) : digits;
}

export function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

/**
 * The same number written internationally or nationally ("+49 30 1234567" vs "030 1234567"):
 * equal, or one ends with the other without its trunk zero, sharing at least seven digits.
 */
export function samePhone(a: string, b: string): boolean {
  const [x, y] = [a.replace(/^0+/, ''), b.replace(/^0+/, '')];
  if (x === y) return x.length > 0;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 7 && long.endsWith(short);
}
