import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureOutput } from './testing/capture-output';
import triageCommand, { TriageLineError, triageJsonLines } from './triage';

const dir = mkdtempSync(join(tmpdir(), 'deskpilot-triage-'));
afterEach(() => vi.restoreAllMocks());

const NOW = '2026-12-03T12:00:00Z';
const LINES = [
  { text: 'Where is my order? Nobody answered.', marketplace: 'amazon', receivedAt: '2026-12-02T06:00:00Z', now: NOW },
  { text: 'Merci beaucoup, bien reçu !', channel: 'gmail', receivedAt: '2026-12-03T10:30:00+01:00', now: NOW },
  {
    text: 'Where is my parcel?',
    channel: 'zendesk',
    marketplace: null,
    receivedAt: '2026-12-03T10:00:00Z',
    now: NOW,
    customer: { ordersCount: 14, lifetimeSpend: 2300, currency: 'EUR', previousContacts7d: 0 },
    orderTotal: 80,
  },
];

describe('triage --jsonl', () => {
  it('prints one {priority, reasons, waitingHours} line per input line, in order', async () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `${LINES.map((l) => JSON.stringify(l)).join('\n')}\n\n`);
    const io = captureOutput();
    expect(await triageCommand(['--jsonl', file])).toBe(0);
    const rows = io
      .out()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toEqual([
      { priority: 'urgent', reasons: ['sla_breach'], waitingHours: 30 },
      { priority: 'low', reasons: ['none'], waitingHours: 2.5 },
      { priority: 'high', reasons: ['vip'], waitingHours: 2 },
    ]);
    for (const row of rows) expect(Object.keys(row)).toEqual(['priority', 'reasons', 'waitingHours']);
  });

  it('applies a settings file: a shop target of 2 hours breaches the 2.5-hour thank-you', async () => {
    const settings = join(dir, 'settings.json');
    writeFileSync(settings, JSON.stringify({ targets: { default: 2 } }));
    const file = join(dir, 'one.jsonl');
    writeFileSync(file, JSON.stringify(LINES[1]));
    const io = captureOutput();
    expect(await triageCommand(['--jsonl', file, '--settings', settings])).toBe(0);
    expect(JSON.parse(io.out())).toEqual({ priority: 'high', reasons: ['sla_breach'], waitingHours: 2.5 });
  });

  it('fails on the first bad line with its number and field, printing nothing', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, `${JSON.stringify(LINES[0])}\n${JSON.stringify({ ...LINES[0], receivedAt: 'yesterday' })}\n`);
    const io = captureOutput();
    expect(await triageCommand(['--jsonl', file])).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toMatch(/^triage --jsonl: line 2: receivedAt: .+\n$/);
    expect(() => triageJsonLines('{not json')).toThrow(TriageLineError);
  });

  it('rejects a settings file with a bad field, naming it', async () => {
    const settings = join(dir, 'bad-settings.json');
    writeFileSync(settings, JSON.stringify({ targets: { default: -1 } }));
    const io = captureOutput();
    expect(await triageCommand(['--jsonl', join(dir, 'in.jsonl'), '--settings', settings])).toBe(1);
    expect(io.err()).toMatch(/bad-settings\.json is not triage settings .* at targets\.default: /);
  });

  it('is a usage error (exit 2) without --jsonl', async () => {
    const io = captureOutput();
    expect(await triageCommand([join(dir, 'in.jsonl')])).toBe(2);
    expect(io.err()).toMatch(/^usage: triage --jsonl/);
  });
});

describe('triage --jsonl --pack: the thresholds the panel resolves', () => {
  const pack = (name: string, triage: unknown) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        format: 'deskpilot.pack/v1',
        id: name,
        name,
        version: '1.0.0',
        updatedAt: '2026-12-04T00:00:00Z',
        templates: [],
        triage,
      }),
    );
    return file;
  };
  const line = { text: 'Where is my parcel?', channel: 'zendesk', receivedAt: '2026-12-03T05:00:00Z', now: NOW };

  it('a pack’s target applies; a settings file overrides it', async () => {
    const input = join(dir, 'one.jsonl');
    writeFileSync(input, `${JSON.stringify(line)}\n`);
    let io = captureOutput();
    expect(await triageCommand(['--jsonl', input])).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ reasons: ['none'], waitingHours: 7 });
    vi.restoreAllMocks();

    io = captureOutput();
    expect(await triageCommand(['--jsonl', input, '--pack', pack('fast-desk', { targets: { default: 8 } })])).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ priority: 'high', reasons: ['sla_near'] });
    vi.restoreAllMocks();

    const settings = join(dir, 'settings.json');
    writeFileSync(settings, JSON.stringify({ targets: { default: 48 } }));
    io = captureOutput();
    expect(await triageCommand(['--jsonl', input, '--pack', pack('fast-desk', { targets: { default: 8 } }), '--settings', settings])).toBe(
      0,
    );
    expect(JSON.parse(io.out())).toMatchObject({ reasons: ['none'] });
  });

  it('refuses a pack whose thresholds are wrong, naming the exact path', async () => {
    const input = join(dir, 'one.jsonl');
    writeFileSync(input, `${JSON.stringify(line)}\n`);
    const bad = pack('bad', { targets: { amazn: 12 } });
    const io = captureOutput();
    expect(await triageCommand(['--jsonl', input, '--pack', bad])).toBe(1);
    expect(io.err()).toMatch(/is not a Deskpilot pack .* at triage\.targets: /);
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });
});
