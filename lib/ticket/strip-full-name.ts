/**
 * A full name on the reply's last line ("Tomasz Kaczmarek", "Jan Procházka") signs it: people write their whole
 * name to sign, while a given name alone ("Alan") may be someone the text mentions, and stays (README). Not when
 * the quoted mail is written to someone else ("Mark, your filter …", "Hi Ben,"): the reply is then that person's,
 * and the name under it is someone they mention.
 */
import { CLOSING_LINE } from '@/lib/ticket/reply-patterns';
import { FULL_NAME_LINE, GREETED_NAME, NAME_THEN_COMMA } from '@/lib/ticket/name-patterns';

/** The top of the quote is where it greets; a 1 MB thread is not read to its end. */
const MAX_LINES = 400;
/** A greeting is at the top of a line; a longer line is not read further. */
const MAX_GREETING_CHARS = 120;
/** A line longer than this is data, never one of the reply's own lines. */
const MAX_LINE_CHARS = 2000;
const QUOTE_PREFIX = /^[\s>]+/;
const CAPITALISED = /^\p{Lu}/u;

export const isFullName = (name: string): boolean => FULL_NAME_LINE.test(name);

/** The name a line of the quote is written to ("Hi Ben," → "Ben", "Mark, your …" → "Mark"), capitalised, or undefined. */
function addressee(line: string): string | undefined {
  const greeted = GREETED_NAME.exec(line)?.[1];
  const named = greeted ?? NAME_THEN_COMMA.exec(line)?.[1];
  if (named === undefined || !CAPITALISED.test(named)) return undefined;
  return greeted === undefined && CLOSING_LINE.test(named) ? undefined : named;
}

/**
 * Whether a line of `whole` outside the reply (`replyLines`, trimmed) greets a name that is none of `tokens`
 * (the signed name's words, lower case).
 */
export function greetsSomeoneElse(whole: string, tokens: readonly string[], replyLines: ReadonlySet<string>): boolean {
  let start = 0;
  for (let read = 0; read < MAX_LINES && start < whole.length; read++) {
    const end = whole.indexOf('\n', start);
    const stop = end < 0 ? whole.length : end;
    if (stop - start <= MAX_LINE_CHARS) {
      const raw = whole.slice(start, stop);
      const name = replyLines.has(raw.trim()) ? undefined : addressee(raw.slice(0, MAX_GREETING_CHARS).replace(QUOTE_PREFIX, ''));
      if (name !== undefined && !tokens.includes(name.toLocaleLowerCase())) return true;
    }
    start = stop + 1;
  }
  return false;
}
