/**
 * The string the page reader (lib/sites/text.ts) writes into: it folds white space as the browser
 * does and keeps block edges to one line break or one empty line, knowing only its last two characters.
 */
import { LINE, PARAGRAPH } from './text-kinds';

const NEWLINE = 10;
const SPACE = 32;
const NO_BREAK_SPACE = 0xa0;

/** Text written so far, and its last two characters (all a block edge needs to know). */
export class TextBuilder {
  private out = '';
  private last = 0;
  private beforeLast = 0;
  /** Whether a line may end in spaces (a space or no-break space before a line break, or `<pre>` text). */
  private spaceAtLineEnd = false;
  length = 0;

  /** `maxLength`: the longest text the result keeps. */
  constructor(private readonly maxLength: number) {}

  text(raw: string, preformatted: boolean): void {
    let text = preformatted ? raw.replace(/\r\n?/g, '\n') : foldSpace(raw);
    if (!preformatted && text.charCodeAt(0) === SPACE && (this.length === 0 || this.last === NEWLINE || this.last === SPACE)) {
      text = text.slice(1);
    }
    if (preformatted) this.spaceAtLineEnd = true;
    this.push(text);
  }

  hardBreak(): void {
    this.push('\n');
  }

  /** A block edge: start a new line or leave one empty line, never more. */
  mark(mark: typeof LINE | typeof PARAGRAPH): void {
    if (this.length === 0) return;
    if (this.last !== NEWLINE) this.push(mark === LINE ? '\n' : '\n\n');
    else if (mark === PARAGRAPH && this.beforeLast !== NEWLINE) this.push('\n');
  }

  /** Lines without trailing spaces, at most one empty line in a row; the clean-ups run only when needed. */
  result(): string {
    let text = this.out.length > this.maxLength ? this.out.slice(0, this.maxLength) : this.out;
    if (this.spaceAtLineEnd) text = text.replace(/[ \u00a0]+(?=\n|$)/g, '');
    if (text.includes('\n\n\n')) text = text.replace(/\n{3,}/g, '\n\n');
    return text.trim();
  }

  private push(text: string): void {
    const length = text.length;
    if (length === 0) return;
    if (text.charCodeAt(0) === NEWLINE && (this.last === SPACE || this.last === NO_BREAK_SPACE)) this.spaceAtLineEnd = true;
    this.out += text;
    this.length += length;
    this.beforeLast = length > 1 ? text.charCodeAt(length - 2) : this.last;
    this.last = text.charCodeAt(length - 1);
  }
}

/**
 * HTML's white space (tab, line feed, form feed, carriage return, space) folded to one space, as
 * the browser shows it. Most text nodes have nothing to fold: a scan of char codes finds that
 * without building a new string (a global regex replace on each of ~3,000 nodes costs 0.4 ms).
 */
function foldSpace(raw: string): string {
  for (let index = 0, previous = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    if (code === 9 || code === 10 || code === 12 || code === 13 || (code === SPACE && previous === SPACE)) {
      return raw.replace(/[\t\n\r\f ]+/g, ' ');
    }
    previous = code;
  }
  return raw;
}
