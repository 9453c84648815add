import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const EMAIL = 'Hi, where is order #1001?\n\nOn Tue, 3 Nov 2026 at 10:12, Shop <support@shop.test> wrote:\n> Your order has shipped.\n';

function cli(args: string[], input?: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', 'strip-quotes', ...args], { input, encoding: 'utf8' });
}

describe('strip-quotes command', () => {
  it('prints the stripped text of a file, as plain text', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'strip-quotes-')), 'mail.txt');
    writeFileSync(file, EMAIL);
    expect(cli([file])).toBe('Hi, where is order #1001?\n');
  });

  it('reads standard input when no file is given', () => {
    expect(cli([], EMAIL)).toBe('Hi, where is order #1001?\n');
  });

  it('reads an HTML mail by its structure and prints plain text', () => {
    const html = '<div dir="ltr">Hi, where is order #1001?</div><blockquote type="cite"><div>Your order has shipped.</div></blockquote>';
    expect(cli([], html)).toBe('Hi, where is order #1001?\n');
  });

  it('fails with a usage message on extra arguments', () => {
    expect(() => cli(['a.txt', 'b.txt'], '')).toThrow(/usage: strip-quotes/);
  });
});
