import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UsageExportSchema } from '@/lib/reports/export-format';
import { captureOutput } from './testing/capture-output';
import report from './report';

const ANA = 'tests/fixtures/cli/usage-ana.json';
const BEN = 'tests/fixtures/cli/usage-ben.json';
const BEN_EARLIER = 'tests/fixtures/cli/usage-ben-earlier.json';
const dir = mkdtempSync(join(tmpdir(), 'deskpilot-report-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

afterEach(() => vi.restoreAllMocks());

describe('report merge', () => {
  it('merges two agents and an overlapping earlier export: each event once, a valid export on stdout, a summary on stderr', async () => {
    const io = captureOutput();
    expect(await report(['merge', ANA, BEN, BEN_EARLIER])).toBe(0);
    const merged = UsageExportSchema.parse(JSON.parse(io.out()));
    expect(merged.events).toHaveLength(9);
    expect(new Set(merged.events.map((e) => e.agent))).toEqual(new Set(['Ana Lopez', 'Ben Okafor']));
    expect([merged.fromDay, merged.toDay]).toEqual(['2026-11-16', '2026-11-24']);
    expect(io.err()).toBe('merged 3 files: 9 events from 2 agents, 2026-11-16 to 2026-11-24; 2 duplicates written once\n');
  });

  it('gives the same bytes whatever day it runs and when its output is merged again', async () => {
    let io = captureOutput();
    await report(['merge', ANA, BEN]);
    const first = io.out();
    vi.restoreAllMocks();
    io = captureOutput();
    await report(['merge', file('merged.json', first), BEN_EARLIER]);
    const again = JSON.parse(io.out());
    expect(again.events).toHaveLength(9);
    expect(JSON.parse(first).exportedAt).toBe(JSON.parse(readFileSync(BEN, 'utf8')).exportedAt);
  });

  it('an invalid file: one line naming the file and the field, exit 1, nothing on stdout', async () => {
    const broken = JSON.parse(readFileSync(ANA, 'utf8'));
    broken.events[3].day = '24.11.2026';
    const path = file('broken.json', JSON.stringify(broken));
    const io = captureOutput();
    expect(await report(['merge', ANA, path])).toBe(1);
    expect(io.err()).toBe(
      `report: ${path} is not a Deskpilot usage export (deskpilot.usage/v1, from the Reports page) at events.3.day: Invalid ISO date.\n`,
    );
    expect(io.out()).toBe('');
  });

  it('a pack instead of an export, a missing file, no file at all', async () => {
    let io = captureOutput();
    expect(await report(['merge', 'tests/fixtures/cli/acme-pack.json'])).toBe(1);
    expect(io.err()).toMatch(/^report: tests\/fixtures\/cli\/acme-pack\.json is not a Deskpilot usage export .* at format: /);
    vi.restoreAllMocks();
    io = captureOutput();
    expect(await report(['merge', 'nowhere.json'])).toBe(1);
    expect(io.err()).toContain('cannot read nowhere.json: no such file');
    vi.restoreAllMocks();
    io = captureOutput();
    expect(await report(['merge'])).toBe(2);
    expect(io.err()).toContain('usage: report merge');
  });
});

describe('report summary', () => {
  it("prints the Reports page's figures for the file's range, at the typing speed given", async () => {
    const io = captureOutput();
    expect(await report(['summary', ANA, '--wpm', '50'])).toBe(0);
    const figures = JSON.parse(io.out());
    expect(figures).toMatchObject({ tickets: 3, inserts: 2, charsPerMinute: 250, characters: 768, minutesSaved: 768 / 250 });
    expect(figures.neverUsed.map((t: { id: string }) => t.id)).toEqual(['acme.gift-wrap', 'starter.refund-issued', 'starter.return-label']);
  });

  it('refuses a typing speed that is not a whole number from 5 to 200 (exit 2)', async () => {
    const io = captureOutput();
    expect(await report(['summary', ANA, '--wpm', 'fast'])).toBe(2);
    expect(io.err()).toBe('report: --wpm fast is not a whole number of words per minute from 5 to 200.\n');
  });
});
