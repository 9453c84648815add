/**
 * Mutations for the ways real mail reaches Deskpilot unlike our suites: an HTML mail read as the
 * helpdesk page's text (quotes without '>' markers); the signature delimiter written as clients
 * and people write it ("--" without its space, "—", "__"); the quote's attribution as another
 * client writes it, in a language of the same family. Each leaves the expected text as it is.
 */
import { readableLines } from '@/lib/ticket/testing/reply-set-score';
import { changeHistoryLines } from './history-lines';
import { readAttribution, rewriteAttribution } from './attribution-styles';
import type { StripMutation } from './mutation-types';
import { pageText } from './page-text';

const QUOTED = /^((?:>\s?)*)(.*)$/;
/** The standard delimiter ("-- ", or "--" as a client that trims lines sends it) on a line of its own. */
const SIGNATURE_DELIMITER = /^((?:>\s?)*)-- ?$/;
const OTHER_DELIMITERS = ['--', '—', '__'];

/**
 * Without its markers a quote is told from new text only by its attribution or header (a line with a
 * colon) right above it or, as Apple Mail writes it, first inside it: the case counts when the
 * expected text is all above the first quote and one of those lines is such a line, not expected text. Answers written below or between quotes, or a quote with no line above it, are
 * out of reach of any reader of page text, as they are of a person reading it without indentation.
 */
function quoteStillFound(aboveQuote: string, quote: string, expected: string): boolean {
  const above = readableLines(aboveQuote).split('\n');
  const wanted = readableLines(expected)
    .split('\n')
    .filter((line) => line !== '');
  const isHeader = (line: string) => /[:：]/.test(line) && !wanted.includes(line);
  const opens = isHeader(above.at(-1) ?? '') || isHeader(readableLines(quote).split('\n')[0] ?? '');
  return opens && wanted.every((line) => above.some((a) => a.includes(line)));
}

export const PAGE_MUTATIONS: StripMutation[] = [
  {
    name: 'HTML read as page text (quotes without markers)',
    mutate: (c) => {
      if (c.format !== 'html') return undefined;
      const page = pageText(c.input);
      return page.aboveQuote === undefined || quoteStillFound(page.aboveQuote, page.quote ?? '', c.expected) ? page.text : undefined;
    },
  },
  {
    name: "signature delimiter '--', '—' or '__'",
    mutate: (c, random) =>
      c.format === 'text'
        ? changeHistoryLines(c.input, c.expected, (line) =>
            line.replace(SIGNATURE_DELIMITER, (_, prefix: string) => {
              const others = OTHER_DELIMITERS.filter((d) => `${prefix}${d}` !== line.trimEnd());
              return `${prefix}${others[Math.floor(random() * others.length)]}`;
            }),
          )
        : undefined,
  },
  {
    name: 'attribution by another client, a sibling language',
    mutate: (c, random) =>
      c.format === 'text'
        ? changeHistoryLines(c.input, c.expected, (line) => {
            const [, prefix = '', text = ''] = QUOTED.exec(line.replace(/\r$/, '')) ?? [];
            const attribution = readAttribution(text);
            return attribution ? `${prefix}${rewriteAttribution(attribution, random)}${line.endsWith('\r') ? '\r' : ''}` : line;
          })
        : undefined,
  },
];
