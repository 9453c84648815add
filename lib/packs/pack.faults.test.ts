/**
 * Pack import under hostile files: one template too many, binary and invalid UTF-8 bytes as a
 * browser's File.text() hands them over, and a pack whose links or sizes are hostile. Each gets
 * one clear message, in bounded time, and the library already installed is untouched.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { describeImportFailure, importPackFile } from '@/lib/packs/import-file';
import { packTemplate, testPack } from '@/lib/packs/testing/fixtures';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { MAX_PACK_TEMPLATES } from '@/lib/schemas/pack';
import { listTemplates } from '@/lib/templates/repository';

const installed = testPack('1.0.0', [packTemplate('acme.a'), packTemplate('acme.b')]);

beforeEach(async () => {
  await resetDatabase();
  expect((await importPackFile(JSON.stringify(installed))).ok).toBe(true);
});

async function refused(text: string): Promise<string> {
  const started = Date.now();
  const result = await importPackFile(text);
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(result.ok).toBe(false);
  // Nothing lost, nothing half-imported.
  expect((await listTemplates()).map((t) => t.id).sort()).toEqual(['acme.a', 'acme.b']);
  return result.ok ? '' : describeImportFailure(result.issues);
}

/** What File.text() gives for bytes that are not UTF-8: each bad sequence becomes U+FFFD. */
const asBrowserText = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

describe('pack files that must be refused with one clear message', () => {
  it(`${(MAX_PACK_TEMPLATES + 1).toLocaleString('en')} templates: says the limit`, async () => {
    const big = testPack(
      '2.0.0',
      Array.from({ length: MAX_PACK_TEMPLATES + 1 }, (_, i) => packTemplate(`acme.t${i}`, 'Hello')),
    );
    const message = await refused(JSON.stringify(big));
    expect(message).toBe('Pack field "templates" has 5,001 templates: a pack holds at most 5,000 templates; split it into several packs');
  });

  it('exactly 5,000 templates is still a pack', async () => {
    const full = testPack(
      '2.0.0',
      Array.from({ length: MAX_PACK_TEMPLATES }, (_, i) => packTemplate(`acme.t${i}`, 'Hello')),
    );
    expect((await importPackFile(JSON.stringify(full))).ok).toBe(true);
  });

  it('binary bytes (a zip picked by mistake)', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x9c, 0x7b, 0x22]);
    const message = await refused(asBrowserText(zip));
    expect(message).toMatch(/JSON/);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('invalid UTF-8 inside an otherwise valid pack', async () => {
    const text = JSON.stringify(testPack('2.0.0', [packTemplate('acme.a', 'Hello XX')])).replace('XX', '\uFFFD\uFFFD');
    const bytes = new TextEncoder().encode(text);
    const result = await importPackFile(asBrowserText(bytes));
    // U+FFFD is a character like any other: the pack imports, the replacement marks what was lost.
    expect(result.ok).toBe(true);
  });

  it('a truncated file', async () => {
    const message = await refused(JSON.stringify(testPack('2.0.0', [packTemplate('acme.c')])).slice(0, 120));
    expect(message).toMatch(/JSON/);
  });
});
