/**
 * A heading whose name is the author of a message the reader read names who the thread is with, not
 * what it is about. The reader tells authors from what survives a new build (sender lines, times,
 * sides), so this holds where the page's classes say nothing (hashed, eBay- and Etsy-like pages
 * 2026-12-07); ./structural-member-heading.ts asks the page's sender markup instead.
 */
import { singleLine } from './single-line';

/** The feedback score, badges and counts after a member's name: "(214 ★)", "· 99 % positive". */
const AFTER_NAME = /\s*[([·•|].*$/u;
const MIN_NAME = 3;
const MAX_NAME = 120;

export function namesAReadAuthor(headingText: string, authors: readonly string[]): boolean {
  const name = singleLine(headingText, MAX_NAME).replace(AFTER_NAME, '').toLowerCase();
  return name.length >= MIN_NAME && authors.some((author) => singleLine(author, MAX_NAME).toLowerCase() === name);
}
