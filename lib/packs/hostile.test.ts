import { beforeEach, describe, expect, it } from 'vitest';
import { importPackFile } from '@/lib/packs/import-file';
import { formatIssue } from '@/lib/packs/validate';
import { MAX_FILE_BYTES } from '@/lib/packs/safe-json';
import { packTemplate, testPack } from '@/lib/packs/testing/fixtures';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { getDatabase } from '@/lib/templates/db';
import { renderTemplate } from '@/lib/templates/render';
import { getTemplate, listInstalledPacks, listTemplates } from '@/lib/templates/repository';

const base = testPack('1.0.0', [packTemplate('acme.a'), packTemplate('acme.b'), packTemplate('acme.c')]);

/** Deterministic pseudo-random numbers: a failing case can be replayed. */
function generator(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

const HOSTILE_VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  true,
  '',
  'x'.repeat(70_000),
  [],
  {},
  [null],
  { $ne: 1 },
  '{{ order.number',
  '<img src=x onerror=alert(1)>',
  ['other', 42],
];

/** One random mutation of a valid pack, as JSON text: wrong types, missing fields, hostile keys, truncation. */
function mutate(random: () => number): string {
  const pack = structuredClone(base) as unknown as Record<string, unknown> & { templates: Array<Record<string, unknown>> };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const template = pick(pack.templates);
  const targets: Array<Record<string, unknown>> = [pack, template];
  const target = pick(targets);
  const key = pick(Object.keys(target));
  switch (Math.floor(random() * 6)) {
    case 0:
      target[key] = pick(HOSTILE_VALUES);
      break;
    case 1:
      delete target[key];
      break;
    case 2:
      target[pick(['extra', 'packId', 'usageCount', 'locallyModified'])] = pick(HOSTILE_VALUES);
      break;
    case 3: {
      const text = JSON.stringify(pack);
      const at = text.indexOf('{', 1 + Math.floor(random() * (text.length - 2)));
      return at > 0
        ? `${text.slice(0, at + 1)}"${pick(['__proto__', 'constructor', 'prototype'])}":{"polluted":true},${text.slice(at + 1)}`
        : text;
    }
    case 4:
      return JSON.stringify(pack).slice(0, Math.floor(random() * 400));
    default:
      pack.templates = pick([[], 'all', [template, template], null, [[]]]) as never;
  }
  return JSON.stringify(pack);
}

async function databaseState() {
  return {
    templates: await listTemplates(),
    packs: await listInstalledPacks(),
    subscriptions: await getDatabase().subscriptions.toArray(),
  };
}

beforeEach(resetDatabase);

describe('hostile and fuzzed packs', () => {
  it('300 mutated packs: each imports whole or not at all, never throws, never pollutes', async () => {
    await importPackFile(JSON.stringify(testPack('0.9.0', [packTemplate('acme.a', 'Installed A')])));
    const random = generator(20261124);
    let refused = 0;
    for (let i = 0; i < 300; i++) {
      const before = await databaseState();
      const text = mutate(random);
      const result = await importPackFile(text);
      if (result.ok) {
        // Still a valid pack after the mutation (e.g. a field replaced by an allowed value): installed in full.
        const { added, updated, unchanged, keptLocal } = result.summary;
        expect((await listTemplates()).length, text).toBe(added.length + updated.length + unchanged.length + keptLocal.length);
        expect((await listInstalledPacks()).find((p) => p.id === result.pack.id)?.version, text).toBe(result.pack.version);
        await resetDatabase();
        await importPackFile(JSON.stringify(testPack('0.9.0', [packTemplate('acme.a', 'Installed A')])));
      } else {
        refused++;
        expect(result.issues.length, text).toBeGreaterThan(0);
        expect(await databaseState(), text).toEqual(before);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(refused).toBeGreaterThan(200);
  });

  it('a pack with a 10 MB body imports nothing; a 25 MB file is refused before parsing', async () => {
    const huge = { ...base, templates: [packTemplate('acme.a'), { ...packTemplate('acme.big'), body: 'A'.repeat(10 * 1024 * 1024) }] };
    const result = await importPackFile(JSON.stringify(huge));
    expect(!result.ok && result.issues[0]).toMatchObject({ templateIndex: 1, templateId: 'acme.big', field: 'body' });
    const tooBig = await importPackFile(`${' '.repeat(MAX_FILE_BYTES)}{}`);
    expect(!tooBig.ok && formatIssue(tooBig.issues[0]!)).toMatch(/more than the 20\.0 MB/);
    expect(await listTemplates()).toEqual([]);
  });

  it('stores script tags as text and renders them as text', async () => {
    const body = '<script>alert("x")</script>Hi {{ customer.first_name }} <img src=x onerror=alert(1)>';
    expect((await importPackFile(JSON.stringify(testPack('1.0.0', [packTemplate('acme.xss', body)])))).ok).toBe(true);
    const stored = await getTemplate('acme.xss');
    expect(stored?.body).toBe(body);
    expect(renderTemplate(stored!.body, { customer: { first_name: 'Ann' } }).text).toBe(
      '<script>alert("x")</script>Hi Ann <img src=x onerror=alert(1)>',
    );
  });
});
