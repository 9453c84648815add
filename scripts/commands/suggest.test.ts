import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureOutput } from './testing/capture-output';
import suggest from './suggest';

const TICKET = 'tests/fixtures/intent/ticket-wismo.json';
const ORDERS = 'tests/fixtures/intent/orders-jonas.json';

afterEach(() => vi.restoreAllMocks());

describe('suggest', () => {
  it('prints ranked starter-pack replies rendered with the referenced order', async () => {
    const io = captureOutput();
    expect(await suggest(['--ticket', TICKET, '--orders', ORDERS, '--limit', '2'])).toBe(0);
    const result = JSON.parse(io.out()) as {
      intent: { intent: string };
      order: string;
      suggestions: Array<{ id: string; text: string; gaps: string[] }>;
    };
    expect(result.intent.intent).toBe('where_is_my_order');
    expect(result.order).toBe('#3107');
    // At most the limit; replies for other requests fall under the relevance floor.
    expect(result.suggestions.length).toBeGreaterThanOrEqual(1);
    expect(result.suggestions.length).toBeLessThanOrEqual(2);
    expect(result.suggestions[0]!.text).toContain('#3107');
    expect(result.suggestions[0]!.gaps).toEqual([]);
  });

  it('rejects an invalid ticket with a message naming the file and the field', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'deskpilot-suggest-')), 'ticket.json');
    writeFileSync(file, JSON.stringify({ site: 'myspace' }));
    const io = captureOutput();
    expect(await suggest(['--ticket', file])).toBe(1);
    expect(io.err()).toContain(file);
    expect(io.err()).toContain('site');
    expect(io.out()).toBe('');
  });

  it('requires --ticket', async () => {
    const io = captureOutput();
    expect(await suggest([])).toBe(2);
    expect(io.err()).toContain('usage');
  });
});
