import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureOutput } from './testing/capture-output';
import { packTemplate, testPack } from '@/lib/packs/testing/fixtures';
import { validatePackText } from '@/lib/packs/validate';
import pack from './pack';

const dir = mkdtempSync(join(tmpdir(), 'deskpilot-pack-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

afterEach(() => vi.restoreAllMocks());

describe('pack validate', () => {
  it('exits 0 with a one-line JSON summary for a valid pack', async () => {
    const io = captureOutput();
    expect(await pack(['validate', file('ok.json', testPack('2.1.0', [packTemplate('a.one'), packTemplate('a.two')]))])).toBe(0);
    expect(io.out()).toBe('{"valid":true,"id":"acme.support","name":"Acme support replies","version":"2.1.0","templates":2}\n');
    expect(io.err()).toBe('');
  });

  it('exits 1 with one problem per line on stderr and nothing on stdout', async () => {
    const broken = testPack('2.1.0', [packTemplate('a.one'), { ...packTemplate('a.two'), sites: ['myspace'] as unknown as [] }]);
    const io = captureOutput();
    expect(await pack(['validate', file('bad.json', { ...broken, version: '2' })])).toBe(1);
    expect(io.err().trim().split('\n')).toEqual([
      'Pack field "version" must be a semantic version such as "1.4.0", but is the text "2"',
      expect.stringMatching(/^Template 2 \(index 1, id "a\.two"\): field "sites\[0\]" is the text "myspace", which is not one of: "gmail"/),
    ]);
    expect(io.out()).toBe('');
  });
});

describe('pack convert', () => {
  it('prints a valid pack on stdout and, on stderr, placeholders turned into fill-in fields, exit 0', async () => {
    const io = captureOutput();
    expect(
      await pack([
        'convert',
        '--from',
        'gorgias',
        '--id',
        'acme.migrated',
        '--version',
        '0.1.0',
        'tests/fixtures/packs/gorgias-macros.json',
      ]),
    ).toBe(0);
    const result = validatePackText(io.out());
    expect(result.ok && [result.pack.id, result.pack.version, result.pack.templates.length]).toEqual(['acme.migrated', '0.1.0', 2]);
    expect(io.err()).toContain(
      'note: acme.migrated.23454 ("Remboursement effectué"): {{ticket.customer.id}} is asked of the agent on insert, as the fill-in field fields.ticket_customer_id',
    );
    expect(io.err()).toContain('skipped: Assign to billing: the macro sets no response text');
  });

  it('fails with a message for an unknown tool, a wrong file or a bad version', async () => {
    const io = captureOutput();
    expect(await pack(['convert', '--from', 'freshdesk', 'x.json'])).toBe(2);
    expect(io.err()).toMatch(/^usage: pack validate/);
    expect(await pack(['convert', '--from', 'zendesk', 'tests/fixtures/packs/gorgias-macros.json'])).toBe(1);
    expect(io.err()).toContain('This is not a Zendesk macros export');
    expect(await pack(['convert', '--from', 'csv', '--version', 'latest', 'tests/fixtures/packs/templates.csv'])).toBe(1);
    expect(io.err()).toContain('The version "latest" is not a semantic version');
    expect(io.out()).toBe('');
  });
});
