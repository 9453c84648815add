/**
 * A heading with a person's full name whose first name is how the thread signs their messages
 * ("Zeynep Aydın" over messages from "Zeynep"): it names who the thread is with, not what it is about.
 * Marketplace panes name the member in full and sign each bubble with the first name only (Seller
 * Central-like, 2026-12-05); with class names hashed, nothing else says the heading is the member's.
 * Only a short heading whose words after the name are written as names (capitalised, or in a script
 * without case) counts, so "Zeynep asks about a refund" stays a subject.
 */
import { singleLine } from './single-line';

const MAX_WORDS = 4;
const MIN_FIRST_NAME = 3;

export function opensWithReadAuthor(headingText: string, authors: readonly string[]): boolean {
  const words = singleLine(headingText, 120).split(' ');
  if (words.length < 2 || words.length > MAX_WORDS || !words.slice(1).every(writtenAsName)) return false;
  const heading = words.join(' ').toLowerCase();
  return authors.some((author) => {
    const name = singleLine(author, 120).toLowerCase();
    return name.length >= MIN_FIRST_NAME && heading.startsWith(`${name} `);
  });
}

/** Capitalised ("Aydın"), or in a script without case. */
function writtenAsName(word: string): boolean {
  return /^\p{L}/u.test(word) && (word.toLowerCase() !== word || word.toUpperCase() === word);
}
