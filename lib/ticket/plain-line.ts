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
/** What a line is to the run besides a short line's flags: blank; too long for a marker; longer than a short line. */
const UNKNOWN = -1;
const BLANK = -2;
const PAST_MARKERS = -3;
const LONG = -4;
const LONG_MAY_END = -5;
/** Lines the run remembers its answers for: the line and the two below it that an attribution may wrap over. */
const WINDOW = 4;

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
 * Remembered lines, by length: a few of each length (a line is compared with those only). Not a Map: a Map hashes
 * every character of each line (each a new string from the split), which cost a 1 MB mail of short lines more than
 * the rest of its scan; nor a slot from a few of its characters: reading them is slow once the scan has seen many
 * kinds of V8 string (the eval's sets). A line whose length is full only asks the rules again.
 */
const WAYS = 4;
/**
 * The answers for one message's short lines. A message of distinct short lines gains nothing from
 * remembering them (each would be asked twice, here and by the scan): after a few hundred lines
 * that were not seen before outnumber the repeats, it stops and leaves every line to the scan.
 */
export class PlainLines {
  private readonly lineIn: Array<string | undefined> = new Array((MAX_SHORT_LINE + 1) * WAYS);
  private readonly flagsIn = new Uint8Array((MAX_SHORT_LINE + 1) * WAYS);
  /** Which way of each length a new line takes: the oldest. */
  private readonly nextWay = new Uint8Array(MAX_SHORT_LINE + 1);
  private readonly windowAt = new Int32Array(WINDOW);
  private readonly windowKind = new Int32Array(WINDOW);
  private repeats = 0;
  private firsts = 0;
  private active = true;

  /**
   * Where the run of lines from `from` ends that the scan, once the sender's text has begun and
   * outside a code fence, keeps as they are: blank lines, and short lines that open no rule and that
   * no attribution wraps from over the next lines. Exact: from the line returned on, the scan's own
   * tests decide (`from` itself when its line is not one of these).
   */
  plainRunEnd(lines: readonly string[], from: number): number {
    this.windowAt.fill(-1);
    for (let i = from; i < lines.length; i++) {
      if (!this.active) return i;
      const kind = this.kindAt(lines, i);
      if (kind === BLANK) continue;
      if (kind !== 0) return i;
      for (let k = i + 1; k < i + MAX_ATTRIBUTION_LINES && k < lines.length; k++) {
        const next = this.kindAt(lines, k);
        if (next === BLANK || next === PAST_MARKERS) break;
        if (next === LONG_MAY_END || (next >= 0 && (next & MAY_END_ATTRIBUTION) !== 0)) return i;
      }
    }
    return lines.length;
  }

  /**
   * What `lines[j]` is to the run: blank, too long to be asked, or a short line's flags. The run reads each line as
   * itself and as one of the two below a line above it: the window holds the last few answers, so each is asked once.
   */
  private kindAt(lines: readonly string[], j: number): number {
    const slot = j % WINDOW;
    if (this.windowAt[slot] === j) {
      this.repeats++;
      return this.windowKind[slot] ?? UNKNOWN;
    }
    const line = lines[j] ?? '';
    let kind: number;
    if (isBlank(line)) kind = BLANK;
    else if (!isMarkerCandidate(line)) kind = PAST_MARKERS;
    else if (line.length > MAX_SHORT_LINE) kind = mayEndAttributionLine(line) ? LONG_MAY_END : LONG;
    else kind = this.flagsOf(line);
    this.windowAt[slot] = j;
    this.windowKind[slot] = kind;
    return kind;
  }

  /** The flags of a short line: remembered, or asked and remembered in place of the oldest line of its length. */
  private flagsOf(line: string): number {
    const first = line.length * WAYS;
    for (let slot = first; slot < first + WAYS; slot++) {
      if (this.lineIn[slot] !== line) continue;
      this.repeats++;
      return this.flagsIn[slot] ?? 0;
    }
    const flags = (opensRule(line) ? OPENS_RULE : 0) | (mayEndAttributionLine(line) ? MAY_END_ATTRIBUTION : 0);
    const way = this.nextWay[line.length] ?? 0;
    this.lineIn[first + way] = line;
    this.flagsIn[first + way] = flags;
    this.nextWay[line.length] = (way + 1) % WAYS;
    this.firsts++;
    // Most lines new: the rest is left to the scan (a line unknown here is never called plain).
    if (this.firsts > MIN_FIRSTS && this.firsts * REPEATS_PER_FIRST > this.repeats) this.active = false;
    return flags;
  }
}
