import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CliError } from './io';
import { readHtml, readInput, readJson } from './read-input';

const dir = mkdtempSync(join(tmpdir(), 'deskpilot-read-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function problem(read: Promise<unknown>): Promise<string> {
  const error = await read.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  expect((error as CliError).exitCode).toBe(1);
  expect((error as CliError).message).not.toContain('\n');
  return (error as CliError).message;
}

describe("reading a command's input file", () => {
  it('names the file and the problem, in one line', async () => {
    expect(await problem(readInput(join(dir, 'nope.html')))).toMatch(/cannot read .*nope\.html: no such file/);
    mkdirSync(join(dir, 'folder'));
    expect(await problem(readInput(join(dir, 'folder')))).toMatch(/folder: it is a folder/);
    expect(await problem(readInput(file('empty.txt', '')))).toMatch(/empty\.txt is empty/);
    expect(await problem(readInput(file('blank.txt', ' \n\n')))).toMatch(/blank\.txt is empty/);
    expect(await problem(readInput(file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))))).toMatch(/not a text file/);
    expect(await problem(readInput(file('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]))))).toMatch(/not UTF-8/);
  });

  it.skipIf(process.getuid?.() === 0)('says when the file may not be read', async () => {
    const locked = file('locked.txt', 'secret');
    chmodSync(locked, 0o000);
    expect(await problem(readInput(locked))).toMatch(/no permission/);
  });

  it('returns the text of a good file', async () => {
    expect(await readInput(file('ok.txt', 'Wo ist mein Paket? ✓'))).toBe('Wo ist mein Paket? ✓');
  });

  it('refuses a file that is not HTML, or not the JSON asked for', async () => {
    expect(await problem(readHtml(file('notes.txt', 'Just some notes about an order.')))).toMatch(/notes\.txt is not an HTML page/);
    expect(await readHtml(file('page.html', '<!doctype html><p>Hi</p>'))).toContain('<p>Hi</p>');
    expect(await problem(readJson(file('broken.json', '{"a":'), z.object({ a: z.number() }), 'a thing'))).toMatch(
      /broken\.json is not JSON .*expected a thing/,
    );
    expect(await problem(readJson(file('wrong.json', '{"a":"x"}'), z.object({ a: z.number() }), 'a thing'))).toMatch(
      /wrong\.json is not a thing at a: /,
    );
    expect(await readJson(file('right.json', '{"a":1}'), z.object({ a: z.number() }), 'a thing')).toEqual({ a: 1 });
  });
});
