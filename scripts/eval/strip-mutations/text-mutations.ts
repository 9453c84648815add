/**
 * Mutations of plain-text mail (some apply to HTML too): what another client, gateway or mailbox
 * does to the same message — line ends, spaces, quote markers, wrapping width, the date's format.
 */
import { GROUPWISE_HEADER } from '@/lib/ticket/attribution-patterns';
import type { Random } from '../seeded-random';
import { changeHistoryLines } from './history-lines';
import type { StripMutation } from './mutation-types';
import { redateLine } from './quote-dates';
import { spaceHtmlText } from './html-mutations';

const QUOTE_PREFIX = /^((?:> ?)+)/;
const quoteDepth = (prefix: string) => prefix.replace(/ /g, '').length;
/** Languages whose mail carries full-width spaces (U+3000) in its own text. */
const FULL_WIDTH_LANGUAGES = new Set(['ja', 'zh', 'ko']);

/** Each space becomes `space` with the chance `share`. */
function respace(text: string, space: string, share: number, random: Random): string {
  return text.replace(/ /g, (s) => (random() < share ? space : s));
}

/** Splits a long unquoted history line ending in ':' (an attribution) at the last space within `width`. */
function wrapAttribution(line: string, width: number): string {
  if (line.length <= width || !line.trimEnd().endsWith(':') || line.startsWith('>')) return line;
  const cut = line.lastIndexOf(' ', width);
  return cut <= 0 ? line : `${line.slice(0, cut)}\n${line.slice(cut + 1)}`;
}

export const TEXT_MUTATIONS: StripMutation[] = [
  {
    name: 'CRLF line ends',
    mutate: (c) => (c.input.includes('\n') ? c.input.replace(/\r?\n/g, '\r\n') : undefined),
  },
  {
    name: 'non-breaking spaces',
    mutate: (c, random) => (c.format === 'html' ? spaceHtmlText(c.input, '&nbsp;', 0.3, random) : respace(c.input, '\u00a0', 0.3, random)),
  },
  {
    name: 'full-width spaces (ja zh ko)',
    mutate: (c, random) =>
      c.format === 'text' && FULL_WIDTH_LANGUAGES.has(c.lang ?? '') ? respace(c.input, '\u3000', 0.5, random) : undefined,
  },
  {
    name: "quote markers '> ' and '>' swapped",
    mutate: (c) =>
      c.format === 'text'
        ? changeHistoryLines(c.input, c.expected, (line) =>
            line.replace(QUOTE_PREFIX, (prefix) => (/> /.test(prefix) ? '>'.repeat(quoteDepth(prefix)) : '> '.repeat(quoteDepth(prefix)))),
          )
        : undefined,
  },
  {
    name: "quote markers '| '",
    mutate: (c) =>
      c.format === 'text'
        ? changeHistoryLines(c.input, c.expected, (line) =>
            // GroupWise's header opens with arrows, not quote marks: a client that quotes with bars leaves it as it is.
            GROUPWISE_HEADER.test(line) ? line : line.replace(QUOTE_PREFIX, (prefix) => '| '.repeat(quoteDepth(prefix))),
          )
        : undefined,
  },
  {
    name: 'attribution line wrapped (40-69 columns)',
    mutate: (c, random) => {
      if (c.format !== 'text') return undefined;
      const width = 40 + Math.floor(random() * 30);
      return changeHistoryLines(c.input, c.expected, (line) => wrapAttribution(line, width));
    },
  },
  {
    name: "quote's date in another format",
    mutate: (c, random) => (c.format === 'text' ? changeHistoryLines(c.input, c.expected, (line) => redateLine(line, random)) : undefined),
  },
];
