import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureOutput } from './testing/capture-output';
import { orderShaped, ticketSaying } from '@/lib/suggest/testing/fixtures';
import checkFacts from './check-facts';

const dir = mkdtempSync(join(tmpdir(), 'deskpilot-check-facts-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

afterEach(() => vi.restoreAllMocks());

const context = file(
  'context.json',
  JSON.stringify({ ticket: ticketSaying('Where is #3107?'), orders: [orderShaped('in-transit')], shop: { name: 'Northwind Goods' } }),
);

describe('check-facts', () => {
  it('prints the unverified facts of a reply file with kinds and offsets, and exits 0', async () => {
    const reply = 'Your order #3107 ships with DHL, tracking JJD000390007788123, total €64.90. Refund of $12.00 on 2026-11-30.';
    const io = captureOutput();
    expect(await checkFacts(['--context', context, file('reply.txt', reply)])).toBe(0);
    const result = JSON.parse(io.out()) as { unverified: Array<{ text: string; kind: string; start: number; end: number }> };
    expect(result.unverified).toEqual([
      { text: '$12.00', kind: 'amount', start: reply.indexOf('$12.00'), end: reply.indexOf('$12.00') + 6 },
      { text: '2026-11-30', kind: 'date', start: reply.indexOf('2026-11-30'), end: reply.length - 1 },
    ]);
  });

  it('accepts a context with only some parts', async () => {
    const io = captureOutput();
    expect(
      await checkFacts([
        '--context',
        file('shop-only.json', '{"shop": {"signature": "help@shop.example"}}'),
        file('r.txt', 'Mail help@shop.example'),
      ]),
    ).toBe(0);
    expect(JSON.parse(io.out())).toEqual({ unverified: [] });
  });

  it('fails with a message on a missing, unreadable or invalid context', async () => {
    const io = captureOutput();
    expect(await checkFacts([file('r2.txt', 'x')])).toBe(2);
    expect(await checkFacts(['--context', join(dir, 'nope.json'), file('r3.txt', 'x')])).toBe(1);
    expect(await checkFacts(['--context', file('bad.json', '{"orders": [{"number": 5}]}'), file('r4.txt', 'x')])).toBe(1);
    expect(io.err()).toContain('usage: check-facts');
    expect(io.err()).toContain('cannot read');
    expect(io.err()).toMatch(/bad\.json is not a fact-check context .* at orders\.0\.number/);
    expect(io.out()).toBe('');
  });
});
