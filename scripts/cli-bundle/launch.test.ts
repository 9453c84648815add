// @vitest-environment node
// Real processes and a real esbuild build, as `npm run -s cli` runs them.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gmailPageHtml, helpdeskPageHtml } from '../../tests/bench/long-pages';
import { captureOutput } from '../commands/testing/capture-output';
import { runCli } from '../commands/run-cli';
import { freshBundle, sourceHash } from './bundle.mjs';

const run = promisify(execFile);
const folder = mkdtempSync(join(tmpdir(), 'deskpilot-cli-bundle-'));
const cache = join(folder, 'cache');
const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzBenchThread';
const HELPDESK_URL = 'https://help.northwind.example/tickets/7730';

/** `npm run -s cli -- …` without npm: the launcher package.json's "cli" names, with its own bundle cache. */
function launch(args: string[], env: Record<string, string> = { DESKPILOT_CLI_CACHE: cache }) {
  return run(process.execPath, ['scripts/cli-bundle/launch.mjs', ...args], {
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

async function inProcess(args: string[]): Promise<string> {
  const io = captureOutput();
  const code = await runCli(args);
  const [out, err] = [io.out(), io.err()];
  vi.restoreAllMocks();
  expect({ code, err }).toEqual({ code: 0, err: '' });
  return out;
}

function manifest(): { hash: string; dir: string; inputs: string[] } {
  return JSON.parse(readFileSync(join(cache, 'manifest.json'), 'utf8'));
}

afterEach(() => vi.restoreAllMocks());

describe('npm run -s cli runs a prebuilt bundle', () => {
  it('prints, from the bundle, the ticket the command prints from its TypeScript, on long Gmail and helpdesk pages', async () => {
    for (const [name, html, url] of [
      ['gmail.html', gmailPageHtml(210), GMAIL_URL],
      ['helpdesk.html', helpdeskPageHtml(210), HELPDESK_URL],
    ] as const) {
      const file = join(folder, name);
      writeFileSync(file, html);
      const { stdout, stderr } = await launch(['extract', file, '--url', url]);
      expect(stderr).toBe('');
      expect(stdout).toBe(await inProcess(['extract', file, '--url', url]));
    }
    const built = manifest();
    expect(built.inputs).toContain('scripts/commands/extract.ts');
    expect(built.inputs.some((input) => input.includes('node_modules'))).toBe(false);
    expect(freshBundle(cache)).toBe(join(cache, built.dir, 'cli.mjs'));
  }, 240_000);

  it('reuses the bundle while the sources are unchanged and rebuilds it when their hash changes', async () => {
    await launch(['classify', 'tests/fixtures/cli/customer-reply.txt']);
    const first = manifest();
    await launch(['classify', 'tests/fixtures/cli/customer-reply.txt']);
    expect(manifest().dir).toBe(first.dir);
    // As after an edit of a source: the hash on record no longer matches the files.
    writeFileSync(join(cache, 'manifest.json'), JSON.stringify({ ...first, hash: 'from-other-sources' }));
    expect(freshBundle(cache)).toBeNull();
    const { stdout } = await launch(['classify', 'tests/fixtures/cli/customer-reply.txt']);
    expect(JSON.parse(stdout)).toHaveProperty('intent');
    expect(manifest().dir).not.toBe(first.dir);
    expect(manifest().hash).toBe(first.hash);
  }, 240_000);

  it('hashes the contents of every source the bundle was built from', () => {
    const root = join(folder, 'root');
    mkdirSync(join(root, 'lib'), { recursive: true });
    writeFileSync(join(root, 'lib/a.ts'), 'export const a = 1;');
    writeFileSync(join(root, 'lib/b.ts'), 'export const b = 2;');
    const before = sourceHash(['lib/a.ts', 'lib/b.ts'], root);
    expect(sourceHash(['lib/a.ts', 'lib/b.ts'], root)).toBe(before);
    writeFileSync(join(root, 'lib/b.ts'), 'export const b = 3;');
    expect(sourceHash(['lib/a.ts', 'lib/b.ts'], root)).not.toBe(before);
  });

  it('runs the TypeScript through tsx, with the same output, where no bundle can be built', async () => {
    const file = join(folder, 'fallback.html');
    writeFileSync(file, helpdeskPageHtml(30));
    const args = ['extract', file, '--url', HELPDESK_URL];
    // A cache folder inside a file cannot be created: the build fails.
    const { stdout, stderr } = await launch(args, { DESKPILOT_CLI_CACHE: join(folder, 'fallback.html', 'cache') });
    expect(stderr).toBe('');
    expect(stdout).toBe(await inProcess(args));
  }, 240_000);
});
