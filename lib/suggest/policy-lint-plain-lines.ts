/**
 * Line breaks a buyer reads through (policy-lint-plain.ts joins them before the word rules): a line broken inside a
 * sentence, inside a phone number or inside a link. A seller who breaks "07911⏎223344" or "www.teahouse⏎.com" over two
 * lines still gives the buyer a number to call or a shop to visit.
 */
import { COMMON_TLDS } from '@/lib/suggest/fact-check-patterns';

/**
 * A line broken inside a sentence: a letter or digit before it, a lower-case or caseless letter after it. Not between
 * two numbers: a house number above a postcode ("Hauptstraße 12⏎12345 Berlin") is no phone number.
 */
export const BROKEN_LINE = /(?<=[\p{L}\p{N}])[ \t]*\r?\n[ \t]*(?=[\p{Ll}\p{Lo}])/gu;

/**
 * A line broken inside a phone number: digits on the next line, and before the break a number that starts as a phone
 * number does ("+44", "0176", "(0)30", "00 34") or already has six digits or more ("612 345⏎678"). A house number has
 * neither, so an address's postcode line stays apart.
 */
export const BROKEN_NUMBER = /(?<=(?<![\p{L}\p{N}+])(?:(?:\+|\(?0)[\d ()./-]*\d|(?:\d[ ./-]?){5,}\d))[ \t]*\r?\n[ \t]*(?=[(+]?\d)/gu;

const TLD = COMMON_TLDS.join('|');
/**
 * A line broken inside a link or an address, where its text shows it goes on: after "www.", "://" or "@", before a
 * line that starts with ".com" or "/shop", or after the dot of a link that has "www." or a scheme when the next line
 * starts with a domain ending ("www.teahouse.⏎de/sale"). A link that simply ends a line is left alone.
 */
export const BROKEN_LINK = new RegExp(
  [
    String.raw`(?<=(?:\bwww\.|:\/\/|[\w.+-]@))[ \t]*\r?\n[ \t]*(?=[\p{L}\d])`,
    String.raw`(?<=[\p{L}\d])[ \t]*\r?\n[ \t]*(?=[./][\p{L}\d])`,
    String.raw`(?<=(?:\bwww\.|:\/\/)[^\s]*[\p{L}\d]\.)[ \t]*\r?\n[ \t]*(?=(?:${TLD})(?![\p{L}\d-]))`,
  ].join('|'),
  'giu',
);
