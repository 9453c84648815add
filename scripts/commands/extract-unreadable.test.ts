import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureOutput } from './testing/capture-output';
import extract from './extract';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';
const GENERIC_URL = 'https://help.northwind.example/tickets/7730';
const GMAIL_PAGE = readFileSync('tests/fixtures/sites/gmail/2026-11-24-quoted-history.html', 'utf8');
const folder = mkdtempSync(join(tmpdir(), 'deskpilot-unreadable-'));

afterEach(() => vi.restoreAllMocks());

/** Each page `extract` cannot read, as bytes, with what its one line must say. */
const PAGES: [string, Buffer, RegExp][] = [
  ['an empty (0-byte) file', Buffer.alloc(0), /is empty; give a file with content\.$/],
  [
    'a binary file',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    /is not a text file/,
  ],
  ['a page that is not UTF-8', Buffer.from('<html><body><p>Bestellung f\xfcr M\xfcller</p></body></html>', 'latin1'), /is not UTF-8 text/],
  [
    'a page cut off inside a tag',
    Buffer.from(GMAIL_PAGE.slice(0, GMAIL_PAGE.indexOf('data-message-id') + 5)),
    /stops before the page ends/,
  ],
  [
    'a page cut off between two messages',
    Buffer.from(GMAIL_PAGE.slice(0, GMAIL_PAGE.lastIndexOf('role="listitem"') - 20).replace(/<[^>]*$/, '')),
    /stops before the page ends/,
  ],
  [
    'a page nested 100,000 levels deep',
    Buffer.from(`<!doctype html><html><body>${'<div>'.repeat(100_000)}Where is my order?${'</div>'.repeat(100_000)}</body></html>`),
    /nests elements more than 1,024 levels deep/,
  ],
];

describe('extract on a page it cannot read', () => {
  for (const [what, bytes, says] of PAGES) {
    for (const url of [GMAIL_URL, GENERIC_URL]) {
      it(`${what} at ${new URL(url).host}: one line naming the file, exit 1, nothing on stdout`, async () => {
        const file = join(folder, `${what.replace(/\W+/g, '-')}.html`);
        writeFileSync(file, bytes);
        const io = captureOutput();
        const code = await extract([file, '--url', url]);
        const err = io.err();
        vi.restoreAllMocks();
        expect(code).toBe(1);
        expect(io.out()).toBe('');
        expect(err.split('\n')).toEqual([expect.stringMatching(says), '']);
        expect(err).toMatch(new RegExp(`^extract: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `));
        expect(err).not.toMatch(/Maximum call stack|RangeError/);
      }, 60_000);
    }
  }
});
