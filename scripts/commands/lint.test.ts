import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureOutput } from './testing/capture-output';
import lint from './lint';

const dir = mkdtempSync(join(tmpdir(), 'deskpilot-lint-'));

afterEach(() => vi.restoreAllMocks());

const reply = 'Thanks! Please leave us a 5-star review at northwind dot com 😊';
const replyFile = join(dir, 'reply.txt');
writeFileSync(replyFile, reply);

describe('lint', () => {
  it('prints violations with codes and offsets for --site amazon, and exits 0', async () => {
    const io = captureOutput();
    expect(await lint(['--site', 'amazon', replyFile])).toBe(0);
    const { violations } = JSON.parse(io.out()) as { violations: Array<{ code: string; message: string; start: number; end: number }> };
    expect(violations.map((v) => [v.code, reply.slice(v.start, v.end)])).toEqual([
      ['review_request_biased', 'leave us a 5-star review'],
      ['external_link', 'northwind dot com'],
      ['emoji', '😊'],
    ]);
    // The English message of each finding, as before the panel worded them through message keys.
    expect(violations.map((v) => v.message)).toEqual([
      '"leave us a 5-star review": do not ask for a positive review or offer anything for a review.',
      'Link to a site other than Amazon (northwind dot com): Amazon allows only links to Amazon.',
      'Emoji or emoticon (😊) are not allowed in Amazon messages.',
    ]);
  });

  it('finds nothing on a site without rules, and accepts full site ids', async () => {
    const io = captureOutput();
    expect(await lint(['--site', 'gmail', replyFile])).toBe(0);
    expect(await lint(['--site', 'amazon-seller-central', replyFile])).toBe(0);
    const [gmail, amazon] = io
      .out()
      .trim()
      .split(/\n(?=\{)/)
      .map((json) => JSON.parse(json) as { violations: unknown[] });
    expect(gmail!.violations).toEqual([]);
    expect(amazon!.violations).toHaveLength(3);
  });

  it('fails on an unknown site or a missing --site', async () => {
    const io = captureOutput();
    expect(await lint(['--site', 'myspace', replyFile])).toBe(2);
    expect(await lint([replyFile])).toBe(2);
    expect(io.err()).toContain('unknown site "myspace"');
    expect(io.out()).toBe('');
  });
});
