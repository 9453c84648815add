/**
 * Whether a line is a closing formula alone ("Best regards," "Mit freundlichen Grüßen"), or two of them in two
 * languages as company signatures write it ("Mit freundlichen Grüßen / Best regards").
 *
 * Not one pattern with the closings twice (`^\s*C(?:\s?/\s?C)?…$`, C the 400 closings): V8 took 2.2–2.9 s to
 * compile that on its first use (load ~16; the first mail the extension strips waited for it), against ~0.2 s for a
 * pattern with them once. The pair is read as the one pattern would: at each '/', the part before must be a
 * closing (and a space), the part after a closing with the line's end.
 */
import { alternationOf } from '@/lib/ticket/reply-words';

/** The closing formulas of every language, as one alternation (to match with the 'iu' flags). */
export const CLOSINGS = alternationOf('closings');

const LINE_END = String.raw`[\s,.!！。]{0,3}\S{0,2}\s*$`;
const ONE_CLOSING = new RegExp(String.raw`^\s*${CLOSINGS}${LINE_END}`, 'iu');
const BEFORE_SLASH = new RegExp(String.raw`^\s*${CLOSINGS}\s?$`, 'iu');
/** Compiled on first use only: asked only when the part before a '/' is a closing. */
let afterSlash: RegExp | undefined;

export const CLOSING_LINE = {
  test(line: string): boolean {
    if (ONE_CLOSING.test(line)) return true;
    for (let slash = line.indexOf('/'); slash >= 0; slash = line.indexOf('/', slash + 1)) {
      if (!BEFORE_SLASH.test(line.slice(0, slash))) continue;
      afterSlash ??= new RegExp(String.raw`^\s?${CLOSINGS}${LINE_END}`, 'iu');
      if (afterSlash.test(line.slice(slash + 1))) return true;
    }
    return false;
  },
};
