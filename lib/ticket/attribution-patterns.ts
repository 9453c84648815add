/**
 * Attribution lines ("On … wrote:", "Am … schrieb NAME:", "2011/4/7 Name <a@b>"): how one starts, ends,
 * wraps or hides inside a line, and the evidence that tells it from prose. Built from the per-language
 * word lists in reply-words.json; each pattern is tested against one line (or at most three joined
 * lines of a wrapped attribution), bounded quantifiers only, as in reply-patterns.ts.
 */
import { alternationOf, alternationOfList } from '@/lib/ticket/reply-words';

const VERBS_BEFORE_COLON = alternationOf('attributionVerbsBeforeColon');
/** A letter of an alphabet that separates words with spaces. */
const ALPHABET_LETTER = String.raw`[\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}\p{sc=Armenian}\p{sc=Georgian}]`;
const VERBS_BEFORE_NAME = alternationOf('attributionVerbsBeforeName');
const VERBS_BEFORE_DATE = alternationOf('attributionVerbsBeforeDate');

/**
 * The end of an attribution line: "… wrote:", "… a écrit :", "Am … schrieb NAME:", "… <email>:".
 * Verbs that stand before the author's name (schrieb, schreef, skrev, написал) may be followed by it.
 */
export const ATTRIBUTION_END = new RegExp(
  [
    // Word boundaries are for alphabets: Japanese and Chinese write the verb right after the name ("…さんは書きました:").
    // Armenian Gmail ends its "… գրել է՝" with the Armenian comma (U+055D) where others put a colon.
    String.raw`(?<!${ALPHABET_LETTER})${VERBS_BEFORE_COLON}\s?[:：\u055D]\s*$`,
    // "… schrieb am Di., 3. Nov. 2026 um 16:10:": the name or date after the verb may hold a time.
    // An Outlook-pasted address ("<a@b<mailto:a@b>>") holds a colon too.
    String.raw`(?<!\p{L})${VERBS_BEFORE_NAME}(?:\s(?:\d[:：]\d|mailto:|[^:：]){0,300})?[:：]\s*$`,
    // "2016-12-08 10:00 GMT+01:00 Name <name@example.com>:", Japanese, Russian and other verbless
    // forms: the line ends with a bracketed address and a colon (not a reference like "[1]:").
    String.raw`@[^\s<>\[\]]{1,255}\s?[>\]]{1,2}\s?[:：]\s*$`,
    // mutt: "* Jane <jane@example.com> [2026-11-27 10:00]:"
    String.raw`@[^\s<>\[\]]{1,255}>\s?\[[^\[\]]{1,40}\][:：]\s*$`,
    // Postbox: "Shop wrote on 12/3/2026 10:15 AM:", the name first and the date after the verb: only with a time.
    String.raw`(?<!\p{L})${VERBS_BEFORE_DATE}\s[^:：]{0,60}?\d{1,2}[:：h]\d{2}(?!\d)[^:：]{0,20}[:：]\s*$`,
  ].join('|'),
  'iu',
);

/**
 * "Adam <adam@example.com> schrieb am Di. 16. Mai 2026" + "um 10:20:": an address right before the
 * verb starts an attribution that a client wrapped, though it does not start with "On"/"Am".
 */
export const ADDRESS_BEFORE_VERB = new RegExp(
  String.raw`@[^\s<>\[\]]{1,255}[>\]]\s{0,3}(?:${VERBS_BEFORE_NAME}|${VERBS_BEFORE_COLON})(?!\p{L})`,
  'iu',
);

/** "On 3 Nov, Jane said:": verbs that are everyday prose count only on a line that starts like an attribution. */
export const WEAK_ATTRIBUTION_END = new RegExp(String.raw`(?<!\p{L})${alternationOf('attributionVerbsWeak')}\s?[:：]\s*$`, 'iu');

/**
 * An attribution without its colon, as Zoho and some webmails print it ("---- On … wrote ----"):
 * tested on the line with surrounding dashes removed, and only with stronger evidence (an address).
 * The verb is matched backwards from where the line's trailing dashes and spaces begin (set
 * `lastIndex` there): one match at one place instead of a search along the line's end.
 */
export const VERB_BEFORE_TRAILER = new RegExp(
  String.raw`(?<=(?<!\p{L})${alternationOfList('attributionVerbsNoColon')})[\s-]{0,20}$`,
  'iuy',
);
export const ATTRIBUTION_STRONG_EVIDENCE = /@|<|\[mailto:/;

/**
 * GroupWise's header above the mail it answers, arrows on both sides, the date and time inside
 * ('>>> "Shop" <a@b> 03/12/2026 10:15 >>>'): an attribution, though it opens like a '>' quote.
 */
export const GROUPWISE_HEADER = /^[ \t]{0,3}>>>\s?.{0,300}?\d{1,2}:\d{2}.{0,40}?\s?>>>\s*$/u;

/** Gmail's older attribution without verb or colon: "2011/4/7 Name <name@example.com>". */
export const DATE_ADDRESS_ATTRIBUTION = /^\s*\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\b[^<>]{0,200}<[^<>\s@]{1,64}@[^<>\s]{1,255}>\s*$/u;

/** The wrapped tail of an attribution whose address ended on the line before ("…<a@b.c" + ">:"). */
export const ATTRIBUTION_CONTINUATION = /^\s*[>\]]\s?[:：]\s*$/;

const STARTS = alternationOfList('attributionStarts');
/** "El" or "On" alone before an attribution ("El El vie, 3 de marzo…"): a stutter of the client, part of it. */
export const ONLY_ATTRIBUTION_STARTS = new RegExp(String.raw`^(?:${STARTS}\s*){1,3}$`, 'u');
/** How an attribution starts when a client wraps it over two or three lines. */
export const ATTRIBUTION_START = new RegExp(String.raw`^[\s-]*(?:${STARTS}\s|\p{L}{2,4}\.?,?\s\d|\d{1,4}[./-]|\d{1,2}\s)`, 'u');

/**
 * Where an attribution may start inside a line that also holds the end of the reply ("Thanks! On
 * Mon, 2 Nov 2026 at 10:12, Shop <a@b> wrote:", "reply--- On …"): a start word after a space or dashes.
 */
export const INLINE_ATTRIBUTION_START = new RegExp(String.raw`(?<=\S)(?:\s{1,3}|-{2,}\s?)(?=${STARTS}\s\S)`, 'gu');

/** Evidence that a "… wrote:" line is an attribution and not prose: a date, time or address (any script's digits: Arabic mail writes ٢٠٢٤). */
export const ATTRIBUTION_EVIDENCE = /\p{Nd}|@|<|\[mailto:/u;

/** "Wiadomość napisana przez Jan <a@b> w dniu 17.01.2023, o godz. 11:09:": an attribution told by how it starts, not by a verb at its end. */
export const ATTRIBUTION_OPENER = new RegExp(String.raw`^[\s-]*${alternationOf('attributionOpeners')}\s`, 'iu');
/** "Jane (Shop) via Help Center wrote:": the "via" of help desks and forums is evidence too. */
export const VIA_EVIDENCE = /\svia\s/i;
