/**
 * Line patterns of quoted history and signatures, built from the per-language word lists in
 * reply-words.json. Every pattern is tested against one line (or at most three joined lines of a
 * wrapped header), each capped in length, with bounded quantifiers only — no pattern can
 * backtrack across a whole message (reply-stripping libraries that run multi-line regexes over
 * the full text took seconds to minutes on 1 MB inputs).
 */
import { GROUPWISE_HEADER } from '@/lib/ticket/attribution-patterns';
import { alternationOf } from '@/lib/ticket/reply-words';

/** Lines longer than this are prose or data, never a header or signature marker. */
export const MAX_MARKER_LINE = 400;

/**
 * A line of '>'-quoted text ("> text", ">> text", " > text"); not arrows that frame a line
 * (">>> www.shop.example <<<"), which is decoration of the sender's own text, nor GroupWise's
 * header between arrows, which is an attribution.
 */
export const QUOTED_LINE = new RegExp(String.raw`^(?!${GROUPWISE_HEADER.source.slice(1)})[ \t]{0,3}>(?!.*<<\s*$)`, 'u');

const FROM_KEYS = alternationOf('headerFromKeys');
const OTHER_KEYS = alternationOf('headerOtherKeys');

/** "From: Name <a@b>" as Outlook, Apple Mail and Gmail forwards print it, also bold ("*From:*"). */
export const HEADER_FROM_LINE = new RegExp(String.raw`^\s{0,12}\*?${FROM_KEYS}\s?\*?\s?[:：]\*?\s?\S`, 'u');
/** "Sent: …", "发送时间：2026年…": a field's key and colon; the full-width colon carries its own space, so none need follow. */
export const HEADER_OTHER_LINE = new RegExp(String.raw`^\s{0,12}\*?${OTHER_KEYS}\s?\*?\s?(?::\*?(?:\s|$)|：)`, 'u');
/** The fields that date a header block ("Date:", "Sent:", "Gesendet:"): with an address they are enough. */
export const HEADER_DATE_LINE = /^\s{0,12}\*?(?:Date|Sent|Datum|Gesendet|Envoy[ée]|Fecha|Enviad[oa]|Data|Inviato|Verzonden)\s?\*?\s?[:：]/u;
/** "From: a@b.c Date: Thu, 24 Mar 2016": two header fields that an HTML rendering put on one line. */
export const INLINE_SECOND_FIELD = /\s(?:Date|Sent|To|Subject|Datum|Gesendet|An|Betreff)\s?[:：]\s/u;

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

/**
 * A helpdesk notification's "reply above this line" marker, bare or framed ("##- … -##", "-- … --", "— … —",
 * "=== … ==="): the conversation the helpdesk quotes is below it.
 */
export const REPLY_ABOVE_LINE = new RegExp(
  String.raw`^\s*(?:#{2}-?|[-=]{2,5}|\u2014{1,3})?\s?${alternationOf('replyAboveMarkers')}\s?(?:-?#{2}|[-=]{2,5}|\u2014{1,3})?\s*$`,
  'iu',
);

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

/**
 * The standard signature delimiter ("-- "), its common trimmed form, and two underscores as people also
 * write it (Outlook's rule is a longer run). A lone em dash is not one: public suites keep the lines under it.
 */
export const SIGNATURE_DELIMITER = /^(?:--|__)\s?$/;

/** Closings alone on a line, and their list (reply-closing-line.ts). */
export { CLOSING_LINE, CLOSINGS } from './reply-closing-line';

/** "Objet : TR: …", "Betreff: WG: …": the subject of a forwarded message in its header block. */
export const FORWARD_SUBJECT_LINE = new RegExp(
  String.raw`^\s{0,12}\*?${alternationOf('headerSubjectKeys')}\s?\*?\s?[:：]\*?\s{0,3}${alternationOf('forwardSubjectPrefixes')}\s?[:：]`,
  'u',
);

/** A signature block after a closing is a few short lines: name, title, company, phone. */
export const MAX_SIGNATURE_LINES = 5;
export const MAX_SIGNATURE_LINE_LENGTH = 80;

/** Markdown code fences: markers inside code are content. */
export const CODE_FENCE = /^\s*```/;
