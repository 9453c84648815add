/**
 * One question per line before the scan's many: a short line of the sender's text that no rule can
 * act on. A long mail of short lines (a pasted log, a list, one-word paragraphs) repeats the same
 * few lines thousands of times: what the rules answer about such a line is read once and looked up
 * after, and the line is kept without entering a rule (issue 10: 240,000 short lines in 50 ms).
 */
import {
  MAX_ATTRIBUTION_LINES,
  inlineAttributionStart,
  isBlank,
  isMarkerCandidate,
  mayEndAttributionLine,
} from '@/lib/ticket/history-markers';
import { isCodeFence, isForwardLine, isQuotedLine } from '@/lib/ticket/line-shortcuts';
import { opensHistoryLine } from '@/lib/ticket/history-start';
import { isSignatureStart } from '@/lib/ticket/signature-start';

/**
 * Lines this short repeat in a long mail (a log's lines, a contact list's links, addresses and phone numbers); longer
 * ones are most often unique, and asked as before. 40, not 24: a 1 MB list of 25- to 27-character links and
 * addresses asked every rule of every other line (issue-10-strip16: 45-50 -> 32-36 ms after the eval's sets).
 */
const MAX_SHORT_LINE = 40;
/** Lines not seen before that are always remembered, and how many repeats each must pay for after that. */
const MIN_FIRSTS = 256;
const REPEATS_PER_FIRST = 4;
/** A fence, quote, footer, signature, inline attribution, history line, header field or forward may open here. */
const OPENS_RULE = 1;
/** An attribution may end on this line (it ends in a colon, a verb, a dash or '>'). */
const MAY_END_ATTRIBUTION = 2;

/**
 * Every rule the scan asks of a line by the line alone (the ones reading its neighbours start from
 * one of these): visible-lines.ts' own branches, and the history rules through their shared gate.
 */
const LINE_RULES: ReadonlyArray<(line: string) => boolean> = [
  isCodeFence,
  isQuotedLine,
  isSignatureStart,
  (line) => inlineAttributionStart(line) >= 0,
  (line) => isMarkerCandidate(line) && isForwardLine(line),
  opensHistoryLine,
];
const opensRule = (line: string) => LINE_RULES.some((rule) => rule(line));

/**
 * The answers for one message's short lines. A message of distinct short lines gains nothing from
 * remembering them (each would be asked twice, here and by the scan): after a few hundred lines
 * that were not seen before outnumber the repeats, it stops and leaves every line to the scan.
 */
export class PlainLines {
  private readonly remembered = new Map<string, number>();
  private repeats = 0;
  private firsts = 0;
  private active = true;

  /**
   * Whether the scan, once the sender's text has begun and outside a code fence, keeps non-blank
   * `lines[i]` as it is: it is short, opens no rule, and no attribution wraps from it over the next
   * lines. Exact when true; false when unsure (the scan's own tests decide then).
   */
  isPlain(lines: readonly string[], i: number): boolean {
    const line = lines[i] ?? '';
    if (!this.active || line.length > MAX_SHORT_LINE || this.flagsOf(line) !== 0) return false;
    for (let k = i + 1; k < i + MAX_ATTRIBUTION_LINES && k < lines.length; k++) {
      const next = lines[k] ?? '';
      if (isBlank(next) || !isMarkerCandidate(next)) return true;
      const mayEnd = next.length > MAX_SHORT_LINE ? mayEndAttributionLine(next) : (this.flagsOf(next) & MAY_END_ATTRIBUTION) !== 0;
      if (mayEnd) return false;
    }
    return true;
  }

  private flagsOf(line: string): number {
    const known = this.remembered.get(line);
    if (known !== undefined) {
      this.repeats++;
      return known;
    }
    const flags = (opensRule(line) ? OPENS_RULE : 0) | (mayEndAttributionLine(line) ? MAY_END_ATTRIBUTION : 0);
    this.remembered.set(line, flags);
    this.firsts++;
    // Most lines new: the rest is left to the scan (a line unknown here is never called plain).
    if (this.firsts > MIN_FIRSTS && this.firsts * REPEATS_PER_FIRST > this.repeats) this.active = false;
    return flags;
  }
}
