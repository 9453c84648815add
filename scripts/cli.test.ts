import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = ['--import', 'tsx', 'scripts/cli.ts'];
const dir = mkdtempSync(join(tmpdir(), 'deskpilot-cli-'));

describe('npm run -s cli (the process)', () => {
  it('writes its whole output into a pipe, far past the 64 KB a pipe buffers', async () => {
    const text = Array.from({ length: 6000 }, (_, i) => `Line ${i} of a very long customer message about order #1047.`).join('\n');
    const file = join(dir, 'long.txt');
    writeFileSync(file, text);
    const { stdout } = await run(process.execPath, [...CLI, 'strip-quotes', file], { maxBuffer: 64 * 1024 * 1024 });
    expect(stdout.length).toBeGreaterThan(300_000);
    expect(stdout.trimEnd().endsWith('Line 5999 of a very long customer message about order #1047.')).toBe(true);
  });

  it('exits 1 when the reading end closes before the output is written', async () => {
    const file = join(dir, 'long-again.txt');
    writeFileSync(file, 'x '.repeat(400_000));
    const child = spawn(process.execPath, [...CLI, 'strip-quotes', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/could not be written in full/);
  });

  it('exits 2 for a wrong call and 1 for a bad input, with one line on stderr', async () => {
    const usage = await run(process.execPath, [...CLI, 'frobnicate']).catch((e: { code: number; stderr: string }) => e);
    expect(usage).toMatchObject({ code: 2, stderr: expect.stringMatching(/^unknown command "frobnicate"\. usage: /) });
    const missing = await run(process.execPath, [...CLI, 'classify', 'no-such-file.txt']).catch((e: { code: number; stderr: string }) => e);
    expect(missing).toMatchObject({
      code: 1,
      stderr: `classify: cannot read no-such-file.txt: no such file (paths are relative to ${process.cwd()}).\n`,
    });
  });
});
