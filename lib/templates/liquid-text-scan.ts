/**
 * liquidjs 10 reads the text between tags one character at a time, trying every delimiter at
 * each (Tokenizer.readHTMLToken): half of parsing a reply body, and a pack import parses all of
 * them (0.9 s of a 5,000-template import in the options page, 2026-12-04). This finds the next
 * delimiter with `indexOf` instead: the same token, ending where the first delimiter starts or
 * at the end of the range. liquid-text-scan.test.ts checks both give the same tokens.
 * TODO(2026-12-04): drop when liquidjs scans text this way itself.
 */
import { Tokenizer } from 'liquidjs';

type ReadHtmlToken = (this: Tokenizer, stopStrings: string[]) => ReturnType<Tokenizer['readHTMLToken']>;

interface TokenizerState {
  input: string;
  p: number;
  N: number;
  file?: string;
}

export const characterByCharacter: ReadHtmlToken = Tokenizer.prototype.readHTMLToken;
/** liquidjs does not export the token class: it is taken from a token it made. */
const HtmlToken = characterByCharacter.call(new Tokenizer('text'), ['{{']).constructor as new (
  input: string,
  begin: number,
  end: number,
  file?: string,
) => ReturnType<Tokenizer['readHTMLToken']>;

export const byIndexOf: ReadHtmlToken = function readHTMLToken(this: Tokenizer, stopStrings: string[]) {
  const state = this as unknown as TokenizerState;
  const begin = state.p;
  let end = state.N;
  for (const stop of stopStrings) {
    const at = state.input.indexOf(stop, begin);
    if (at !== -1 && at < end) end = at;
  }
  state.p = end;
  return new HtmlToken(state.input, begin, end, state.file);
};

Tokenizer.prototype.readHTMLToken = byIndexOf;
