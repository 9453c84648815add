import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureOutput } from './testing/capture-output';
import classify, { classifyJsonLines, JsonlLineError } from './classify';

const dir = mkdtempSync(join(tmpdir(), 'deskpilot-classify-'));

afterEach(() => vi.restoreAllMocks());

const LINES = [
  { text: 'Please cancel my order #1047.' },
  { text: 'Wo ist mein Paket? Es ist noch nicht angekommen.' },
  { text: 'The mug arrived smashed.' },
  { text: 'Can I return the jacket?' },
  { text: 'I forgot my password' },
];
const EXPECTED = ['cancel_order', 'where_is_my_order', 'damaged_item', 'return_request', 'account'];

describe('classify --jsonl', () => {
  it('writes one line per input line, in input order', async () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `${LINES.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const io = captureOutput();
    expect(await classify(['--jsonl', file])).toBe(0);
    const rows = io
      .out()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { intent: string; confidence: number });
    expect(rows.map((r) => r.intent)).toEqual(EXPECTED);
    for (const row of rows) expect(Object.keys(row)).toEqual(['intent', 'confidence', 'requests']);
  });

  it('adds every request of a line, in order, with UTF-16 offsets into its text', () => {
    const text = 'Hallo 👋, ich möchte die Stiefel zurückschicken. Außerdem: bitte schicken Sie mir eine Rechnung.';
    const [row] = classifyJsonLines(JSON.stringify({ text }))
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { intent: string; requests: Array<{ intent: string; confidence: number; start: number; end: number }> },
      );
    expect(row!.requests.map((r) => r.intent)).toEqual(['return_request', 'invoice']);
    expect(row!.intent).toBe('return_request');
    expect(text.slice(row!.requests[0]!.start, row!.requests[0]!.end)).toBe('ich möchte die Stiefel zurückschicken.');
    expect(text.slice(row!.requests[1]!.start, row!.requests[1]!.end)).toContain('Rechnung');
    for (const r of row!.requests) expect(Object.keys(r)).toEqual(['intent', 'confidence', 'start', 'end']);
  });

  it('keeps the order when the same lines come reversed', () => {
    const reversed = classifyJsonLines(
      [...LINES]
        .reverse()
        .map((l) => JSON.stringify(l))
        .join('\n'),
    );
    expect(
      reversed
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { intent: string }).intent),
    ).toEqual([...EXPECTED].reverse());
  });

  it('fails with the line number of an invalid line and prints nothing', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, `${JSON.stringify(LINES[0])}\n\n{"txt": "no text field"}\n`);
    const io = captureOutput();
    expect(await classify(['--jsonl', file])).toBe(1);
    expect(io.err()).toContain('line 3');
    expect(io.out()).toBe('');
    expect(() => classifyJsonLines('not json')).toThrow(JsonlLineError);
  });
});

describe('classify [file]', () => {
  const file = join(dir, 'message.txt');
  writeFileSync(file, 'Hi,\n\nI still have not received my refund for order #2231.\n\nBest, Marta\n');

  it('prints the intent and its confidence by default', async () => {
    const io = captureOutput();
    expect(await classify([file])).toBe(0);
    const result = JSON.parse(io.out()) as Record<string, unknown>;
    expect(result.intent).toBe('refund');
    expect(result).not.toHaveProperty('ranking');
  });

  it("adds every intent's score, best first, with --all", async () => {
    const io = captureOutput();
    expect(await classify(['--all', file])).toBe(0);
    const result = JSON.parse(io.out()) as { intent: string; confidence: number; ranking: Array<{ intent: string; score: number }> };
    expect(result.intent).toBe('refund');
    expect(result.ranking[0]).toEqual({ intent: 'refund', score: result.confidence });
    expect(result.ranking.reduce((sum, r) => sum + r.score, 0)).toBeCloseTo(1, 9);
  });
});
