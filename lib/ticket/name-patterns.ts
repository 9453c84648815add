/**
 * Names as a reply shows them: the sender signing ("Lee", "이지현 드림", "Tomasz Kaczmarek", "-- Dave"), a
 * firm's line under the name, and the person the mail greets ("Hi Alan,", "渡辺様", "Ирина, …"), which
 * tells a signed name from the name of the one written to. Built from the word lists in reply-words.json.
 */
import { alternationOf, alternationOfList } from '@/lib/ticket/reply-words';

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

/** Letters (with their vowel marks) of scripts without capitals, where a name looks like any other word. */
const CASELESS_LETTER = String.raw`[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Gurmukhi}\p{sc=Gujarati}\p{sc=Tamil}\p{sc=Telugu}\p{sc=Kannada}\p{sc=Malayalam}\p{sc=Sinhala}\p{sc=Georgian}\p{sc=Ethiopic}]`;
/**
 * A name in such a script (Thai "พิมพ์ชนก", Persian "نگار", Hindi "अनीता शर्मा"): one or two words. Nothing tells it
 * from a word, so it signs only where the quote greets it (strip-addressed-name.ts).
 */
export const CASELESS_NAME = String.raw`${CASELESS_LETTER}{2,20}(?:\s${CASELESS_LETTER}{2,20})?`;

/** After a letter of a script written without spaces between words, a greeting, title and name follow with none. */
const UNSPACED_BEFORE = String.raw`(?<=[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}])`;

/**
 * "Hi Alan,", "Hallo Frau Köhler", "Salam Puan Nurul", "เรียนคุณพิมพ์ชนก": a greeting and the first word of the name it
 * is written to (with the marks of scripts that write vowels as marks).
 */
export const GREETED_NAME = new RegExp(
  String.raw`^(?:${alternationOf('greetings')})(?:[,\s]\s{0,3}|${UNSPACED_BEFORE})(?:${alternationOf('addressTitles')}(?:\s|${UNSPACED_BEFORE}))?(\p{L}[\p{L}\p{M}'’-]{0,30})`,
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
