/**
 * A streaming pass over a saved page before any DOM is built (./html-tags.ts, no tree):
 * it finds the longest run of sibling blocks alike (same tag and role, or first class) — the
 * conversation's messages on a long thread — and cuts all but the newest KEEP_MESSAGES of them,
 * counting what it cut, so a 5,000-message page costs a 200-message parse (issue 12). A page with no such run is left
 * whole, byte for byte. It also says when the page cannot be read at all: nested deeper than any
 * browser builds, or cut off before its end.
 */
import { MAX_THREAD_MESSAGES } from '@/lib/sites/engine/cap';
import { scanTags } from './html-tags';

/**
 * Exactly the engine's cap: every reader then reads all that is left, so the count of what was cut
 * is the count of earlier messages (the structural reader drops what is past its cap uncounted).
 */
export const KEEP_MESSAGES = MAX_THREAD_MESSAGES;
/** Chromium's parser stops nesting at 512 levels; a saved page deeper than twice that was not saved from one. */
export const MAX_DEPTH = 1_024;
/** A message is a block with parts (sender, time, body); lines of one message's text are not. */
const MIN_PARTS_PER_BLOCK = 4;
const BLOCK_TAGS = new Set(['div', 'li', 'article', 'section', 'tr', 'tbody', 'table', 'details', 'aside']);
// HTML's whitespace is ASCII only, so these read a page's text and its bytes alike (see ./html-tags.ts).
const ROLE = /\brole[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r "'>]+))/i;
const CLASS = /\bclass[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[\t\n\f\r ]*([^\t\n\f\r "]*)|'[\t\n\f\r ]*([^\t\n\f\r ']*)|([^\t\n\f\r "'>]+))/i;
const DATETIME = /\bdatetime[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r "'>]+))/i;
const EDGE_SPACE = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;
const utf8 = new TextDecoder();

export type LongPage = { kind: 'whole' } | { kind: 'cut'; html: string; earlier: number } | { kind: 'too-deep' } | { kind: 'cut-off' };
/** A saved page's text, cut when long, from its bytes. */
export type PageText =
  | { kind: 'whole'; html: string }
  | { kind: 'cut'; html: string; earlier: number }
  | { kind: 'too-deep' }
  | { kind: 'cut-off' };
type Cut = { kind: 'whole' } | { kind: 'cut'; from: number; to: number; earlier: number } | { kind: 'too-deep' } | { kind: 'cut-off' };

interface Run {
  starts: number[];
  ends: number[];
  parts: number;
  firstTimes: (string | undefined)[];
}

interface Open {
  key: string | null;
  start: number;
  parts: number;
  time: string | undefined;
  runs: Map<string, Run> | null;
}

/** `newestFirst`: the site lists the newest message first (a profile's `order`), unless the times say otherwise. */
export function cutLongPage(html: string, options: { newestFirst?: boolean } = {}): LongPage {
  const cut = locateCut(html, options);
  return cut.kind === 'cut' ? { kind: 'cut', html: html.slice(0, cut.from) + html.slice(cut.to), earlier: cut.earlier } : cut;
}

/**
 * The same cut made on the page's UTF-8 bytes (checked to be UTF-8), scanned one byte a character:
 * every byte of a tag's syntax is ASCII, so the offsets are byte offsets, and only the part kept is
 * decoded — a 21 MB page is never held as 42 MB of UTF-16 text, nor kept alive by its slices.
 */
export function cutLongPageBytes(bytes: Uint8Array, options: { newestFirst?: boolean } = {}): PageText {
  const cut = locateCut(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), options);
  if (cut.kind === 'whole') return { kind: 'whole', html: utf8.decode(bytes) };
  if (cut.kind !== 'cut') return cut;
  return { kind: 'cut', html: utf8.decode(bytes.subarray(0, cut.from)) + utf8.decode(bytes.subarray(cut.to)), earlier: cut.earlier };
}

function locateCut(html: string, { newestFirst = false }: { newestFirst?: boolean }): Cut {
  if (endsCutOff(html)) return { kind: 'cut-off' };
  const stack: Open[] = [];
  let best: Run | null = null;
  const finished = scanTags(
    html,
    {
      open(name, attributes, start) {
        const key = BLOCK_TAGS.has(name) ? `${name}|${attribute(ROLE, attributes) || attribute(CLASS, attributes)}` : null;
        const time = attributes.includes('datetime') ? attribute(DATETIME, attributes) : undefined;
        stack.push({ key, start, parts: 0, time, runs: null });
      },
      close(_name, end) {
        const open = stack.pop()!;
        if (open.runs) best = longest(best, open.runs);
        const parent = stack.at(-1);
        if (!parent) return;
        parent.parts += 1 + open.parts;
        parent.time ??= open.time;
        if (open.key === null) return;
        parent.runs ??= new Map();
        const run = parent.runs.get(open.key) ?? { starts: [], ends: [], parts: 0, firstTimes: [] };
        if (run.starts.length === 0) parent.runs.set(open.key, run);
        run.starts.push(open.start);
        run.ends.push(end);
        run.parts += open.parts;
        run.firstTimes.push(open.time);
      },
    },
    (depth) => depth > MAX_DEPTH,
  );
  if (!finished) return { kind: 'too-deep' };
  const run = best as Run | null;
  if (!run) return { kind: 'whole' };
  const count = run.starts.length;
  const earlier = count - KEEP_MESSAGES;
  const newestAtTop = listedNewestFirst(run) ?? newestFirst;
  const [from, to] = newestAtTop ? [run.ends[KEEP_MESSAGES - 1]!, run.ends[count - 1]!] : [run.starts[0]!, run.starts[earlier]!];
  return { kind: 'cut', from, to, earlier };
}

function attribute(pattern: RegExp, attributes: string): string {
  const match = pattern.exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '').replace(EDGE_SPACE, '') : '';
}

/** The longer of two runs that are long enough and made of message-like blocks. */
function longest(best: Run | null, runs: Map<string, Run>): Run | null {
  for (const run of runs.values()) {
    const count = run.starts.length;
    if (count <= KEEP_MESSAGES || run.parts / count < MIN_PARTS_PER_BLOCK) continue;
    if (!best || count >= best.starts.length) best = run;
  }
  return best;
}

/** From the first and last blocks' machine-readable times, when both have one. */
function listedNewestFirst(run: Run): boolean | undefined {
  const first = Date.parse(run.firstTimes[0] ?? '');
  const last = Date.parse(run.firstTimes.at(-1) ?? '');
  return Number.isNaN(first) || Number.isNaN(last) || first === last ? undefined : first > last;
}

/** A page that opens <html> or <body> but never closes either, or ends inside a tag, was cut off. */
function endsCutOff(html: string): boolean {
  const tail = html.trimEnd();
  if (tail.lastIndexOf('<') > tail.lastIndexOf('>')) return true;
  const head = html.slice(0, 65_536);
  const opens = /<(?:html|body)[\t\n\f\r >]/i.test(head);
  return opens && !/<\/(?:html|body)[\t\n\f\r ]*>/i.test(html.slice(-65_536));
}
