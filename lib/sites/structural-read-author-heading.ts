/**
 * A heading that names the author of a message the reader read names who the thread is with, not
 * what it is about. The reader tells authors from what survives a new build (sender lines, times,
 * sides), so this holds where the page's classes say nothing (hashed, eBay- and Etsy-like pages
 * 2026-12-07); ./structural-member-heading.ts asks the page's sender markup instead.
 * Two forms: the author's name itself, badges after it ("tomasz.wood (87 ★)"); or a person's full
 * name whose first name is how the thread signs their messages ("Zeynep Aydın" over messages from
 * "Zeynep": marketplace panes name the member in full and sign each bubble with the first name only,
 * Seller Central-like, 2026-12-05). Only a short heading whose words after the name are written as
 * names (capitalised, or in a script without case) is a full name, so "Zeynep asks about a refund"
 * stays a subject.
 */
import { singleLine } from './single-line';

/** The feedback score, badges and counts after a member's name: "(214 ★)", "· 99 % positive". */
const AFTER_NAME = /\s*[([·•|].*$/u;
const MIN_NAME = 3;
const MAX_NAME = 120;
const MAX_FULL_NAME_WORDS = 4;

export function namesAReadAuthor(headingText: string, authors: readonly string[]): boolean {
  const line = singleLine(headingText, MAX_NAME);
  const name = line.replace(AFTER_NAME, '').toLowerCase();
  const heading = line.toLowerCase();
  const words = line.split(' ');
  const fullName = words.length >= 2 && words.length <= MAX_FULL_NAME_WORDS && words.slice(1).every(writtenAsName);
  return authors.some((author) => {
    const known = singleLine(author, MAX_NAME).toLowerCase();
    return known.length >= MIN_NAME && (known === name || (fullName && heading.startsWith(`${known} `)));
  });
}

/** Capitalised ("Aydın"), or in a script without case. */
function writtenAsName(word: string): boolean {
  return /^\p{L}/u.test(word) && (word.toLowerCase() !== word || word.toUpperCase() === word);
}
