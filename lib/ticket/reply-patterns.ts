/**
 * Line patterns of quoted history and signatures, built from the per-language word lists in
 * reply-words.json. Every pattern is tested against one line (or at most three joined lines of a
 * wrapped header), each capped in length, with bounded quantifiers only — no pattern can
 * backtrack across a whole message (reply-stripping libraries that run multi-line regexes over
 * the full text took seconds to minutes on 1 MB inputs).
 */
import { alternationOf, alternationOfList } from './reply-words';

/** Lines longer than this are prose or data, never a header or signature marker. */
export const MAX_MARKER_LINE = 400;

/**
 * A line of '>'-quoted text ("> text", ">> text", " > text"); not arrows that frame a line
 * (">>> www.shop.example <<<"), which is decoration of the sender's own text.
 */
export const QUOTED_LINE = /^[ \t]{0,3}>(?!.*<<\s*$)/;

const VERBS_BEFORE_COLON = alternationOf('attributionVerbsBeforeColon');
/** A letter of an alphabet that separates words with spaces. */
const ALPHABET_LETTER = String.raw`[\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}\p{sc=Armenian}\p{sc=Georgian}]`;
const VERBS_BEFORE_NAME = alternationOf('attributionVerbsBeforeName');

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

/** Gmail's older attribution without verb or colon: "2011/4/7 Name <name@example.com>". */
export const DATE_ADDRESS_ATTRIBUTION = /^\s*\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\b[^<>]{0,200}<[^<>\s@]{1,64}@[^<>\s]{1,255}>\s*$/u;

/** "From: a@b.c Date: Thu, 24 Mar 2016": two header fields that an HTML rendering put on one line. */
export const INLINE_SECOND_FIELD = /\s(?:Date|Sent|To|Subject|Datum|Gesendet|An|Betreff)\s?[:：]\s/u;

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

const FROM_KEYS = alternationOf('headerFromKeys');
const OTHER_KEYS = alternationOf('headerOtherKeys');

/** "From: Name <a@b>" as Outlook, Apple Mail and Gmail forwards print it, also bold ("*From:*"). */
export const HEADER_FROM_LINE = new RegExp(String.raw`^\s{0,12}\*?${FROM_KEYS}\s?\*?\s?[:：]\*?\s?\S`, 'u');
export const HEADER_OTHER_LINE = new RegExp(String.raw`^\s{0,12}\*?${OTHER_KEYS}\s?\*?\s?[:：]\*?(?:\s|$)`, 'u');
/** The fields that date a header block ("Date:", "Sent:", "Gesendet:"): with an address they are enough. */
export const HEADER_DATE_LINE = /^\s{0,12}\*?(?:Date|Sent|Datum|Gesendet|Envoy[ée]|Fecha|Enviad[oa]|Data|Inviato|Verzonden)\s?\*?\s?[:：]/u;

/**
 * Any header key followed by its colon, anywhere in a line: a header block that a client or a
 * copy-paste collapsed onto one line ("Temat: Re: … Nadawca: "Shop" a@b Adresat:").
 */
export const HEADER_KEY_ANYWHERE = new RegExp(String.raw`(?<!\p{L})(?:${FROM_KEYS}|${OTHER_KEYS})\s?[:：]`, 'gu');

/** "-------- Ursprüngliche Nachricht --------Von: …": the marker with the header glued to it. */
export const ORIGINAL_MESSAGE_WITH_HEADER = new RegExp(
  String.raw`^\s*-{2,}\s?${alternationOf('originalMessage')}\s?-{2,}\s?(?:${FROM_KEYS}|${OTHER_KEYS})\s?[:：]`,
  'iu',
);

/** "CAUTION: This email originated from outside the organisation…": a gateway's warning, not the sender's text. */
export const GATEWAY_BANNER = new RegExp(alternationOf('gatewayBanners'), 'iu');

/** "This e-mail is confidential…": the legal notice below a company signature. */
export const DISCLAIMER = new RegExp(alternationOf('disclaimers'), 'iu');

/** "This message was sent via …": a marketplace relay's notice below the signature. */
export const RELAY_NOTICE = new RegExp(alternationOf('relayNotices'), 'iu');

/** "-----Original Message-----" and its translations: history starts here. */
export const ORIGINAL_MESSAGE_LINE = new RegExp(String.raw`^\s*\*?\s?-{2,}\s?${alternationOf('originalMessage')}\s?-{0,}\s?\*?\s*$`, 'iu');

/** A line alone that a marketplace prints above the earlier messages ("Your previous message"). */
export const HISTORY_HEADING_LINE = new RegExp(String.raw`^\s*${alternationOf('historyHeadings')}\s*:?\s*$`, 'iu');

/** Outlook's rule above the header block (history when a header or attribution follows it). */
export const SEPARATOR_LINE = /^\s*_{2,}\s*$/;

/** A line that is only a rule (----, ====, ____, ***): left over at the end when history is cut below it. */
export const RULE_LINE = /^\s*[-_=*~—–─━═]{2,}\s*$/;

/** A line that is only a link, bracketed or not, maybe with a stray quote mark after it. */
export const LINK_ONLY_LINE = /^\s*[(<[]?https?:\/\/\S{1,2000}?[)>\]]?\s*>?\s*$/;
/** A line whose last word is a link (the client may wrap the rest of it onto the next line). */
export const URL_AT_LINE_END = /https?:\/\/\S{0,2000}$/;
export const ONE_TOKEN_LINE = /^\s*\S{1,2000}\s*$/;

/** A wrapped quote line ends long: its unprefixed tail on the next line still belongs to the quote. */
export const MIN_WRAPPED_QUOTE_LENGTH = 60;

/** A forward marker: what follows is a message the sender chose to pass on, not history. */
export const FORWARD_LINE = new RegExp(
  String.raw`^\s*(?:-{2,}\s?${alternationOf('forwarded')}\s?-{2,}|${alternationOf('forwardIntros')})\s*$`,
  'iu',
);

/** "Reencaminho a mensagem dos CTT": the sender says the header block below is one they pass on. */
export const FORWARD_ANNOUNCEMENT = new RegExp(String.raw`(?<!\p{L})${alternationOf('forwardAnnouncements')}(?!\p{L})`, 'iu');

/** The standard signature delimiter ("-- ") and its common trimmed form. */
export const SIGNATURE_DELIMITER = /^--\s?$/;

/** Closings alone on a line, and their list (reply-closing-line.ts). */
export { CLOSING_LINE, CLOSINGS } from './reply-closing-line';

/** A name as people sign it: capitalised words or initials ("Lee", "M. Dupont"), a CJK or Hangul name. */
export const SIGNED_NAME = String.raw`(?:\p{Lu}(?:\.|[\p{Ll}'’-]{1,20})(?:\s\p{Lu}(?:\.|[\p{Ll}'’-]{1,20})){0,3}|[\p{sc=Han}\p{sc=Katakana}]{1,4}(?:[ \u3000][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{1,4})?|\p{sc=Hangul}{2,4})`;

/** "-- Dave", "--Priya Raman": the signature delimiter with the name on its own line (pine, Alpine, mutt users). */
export const DASH_NAME_SIGN_OFF = new RegExp(String.raw`^--\s?${SIGNED_NAME}\s*$`, 'u');

/** "Hale Brothers Ltd.", "Kowalczyk Serwis sp. z o.o.": a firm's line of a signature, its final period no sentence's. */
export const COMPANY_LINE_END = new RegExp(String.raw`(?<!\p{L})${alternationOfList('companyLegalForms')}\s*$`, 'u');

/** "이지현 드림", "渡辺より": a name with the word that signs it, alone on its line (a closing formula in itself). */
export const NAME_SIGN_OFF_LINE = new RegExp(String.raw`^\s*${SIGNED_NAME}\s?${alternationOf('nameSignOffs')}\s*$`, 'u');

/** "陈静", "김도윤": a bare name in a script whose writers sign without a closing, told by its surname (`surnameNames`). */
export const SURNAME_NAME_LINE = new RegExp(String.raw`^\s*${alternationOf('surnameNames')}\s*$`, 'u');
/**
 * "Tomasz Kaczmarek", "Jan Procházka", "Anna M. Berg": a common given name (`givenNames`), maybe an initial, and a
 * surname (maybe double-barrelled), alone on the line: a full name, as people sign.
 */
export const FULL_NAME_LINE = new RegExp(
  String.raw`^\s*${alternationOf('givenNames')}(?:\s\p{Lu}\.)?\s\p{Lu}[\p{Ll}'’]{1,20}(?:-\p{Lu}[\p{Ll}'’]{1,20})?\s*$`,
  'u',
);

/** "黄色", "周一", "김치": a word that starts like such a name but answers a question (`surnameWords`). */
export const SURNAME_WORD_LINE = new RegExp(String.raw`^\s*${alternationOf('surnameWords')}\s*$`, 'u');

/** "Objet : TR: …", "Betreff: WG: …": the subject of a forwarded message in its header block. */
export const FORWARD_SUBJECT_LINE = new RegExp(
  String.raw`^\s{0,12}\*?${alternationOf('headerSubjectKeys')}\s?\*?\s?[:：]\*?\s{0,3}${alternationOf('forwardSubjectPrefixes')}\s?[:：]`,
  'u',
);

/** A signature block after a closing is a few short lines: name, title, company, phone. */
export const MAX_SIGNATURE_LINES = 5;
export const MAX_SIGNATURE_LINE_LENGTH = 80;

/** "Hi Alan,", "Hallo Frau Köhler", "Gentile Paolo": a greeting and the first word of the name it is written to. */
export const GREETED_NAME = new RegExp(
  String.raw`^(?:${alternationOf('greetings')})[,\s]\s{0,3}(?:${alternationOf('addressTitles')}\s)?(\p{L}[\p{L}'’-]{0,30})`,
  'iu',
);
/** "Hello,", "Здравейте,", "Hi Maria!": a greeting alone on its line (and the name it is written to), as a message opens. */
export const GREETING_ALONE = new RegExp(
  String.raw`^\s*(?:${alternationOf('greetings')})(?:[ ,]{1,2}(?:${alternationOf('addressTitles')}\s)?\p{L}[\p{L}'’.-]{0,30}){0,2}\s*[,!.]?\s*$`,
  'iu',
);
/** "渡辺様", "김도윤 님", "山本 花子 様": a name (family and given) with the honorific of the person written to, on top of a message. */
export const NAME_WITH_HONORIFIC = new RegExp(
  String.raw`^(\S{1,10}?(?:[ \u3000]\S{1,10}?)?)\s?(?:${alternationOf('addressSuffixes')})`,
  'u',
);
/** "Ирина, адрес исправили", "Anno, dziękujemy": a message that opens on the name it is written to, then a comma. */
export const NAME_THEN_COMMA = /^(\p{Lu}[\p{Ll}'’-]{1,30}),\s/u;

/** Markdown code fences: markers inside code are content. */
export const CODE_FENCE = /^\s*```/;
