import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { PACK_FORMAT, type Pack, type PackTemplate } from '@/lib/schemas/pack';
import type { Template } from '@/lib/schemas/template';
import { getDatabase } from '@/lib/templates/db';
import { PackImportError } from '@/lib/templates/pack-import-error';
import { getInstalledPack, getTemplate, importPack, listTemplates, recordUsage, saveTemplate } from '@/lib/templates/repository';
import { renderMessage } from '@/lib/i18n/local-message';
import { translator } from '@/lib/i18n/translator';
import { resetDatabase } from '@/lib/templates/testing/reset-database';

function packTemplate(id: string, body = `Body of ${id}`): PackTemplate {
  return { id, title: `Title ${id}`, body, intents: ['other'], language: 'en', sites: [], tags: [] };
}

function pack(version: string, templates: PackTemplate[], id = 'team.pack'): Pack {
  return { format: PACK_FORMAT, id, name: 'Team pack', version, updatedAt: '2026-11-01T00:00:00Z', templates };
}

const ownTemplate: Template = {
  ...packTemplate('own.note'),
  locallyModified: false,
  updatedAt: '2026-11-20T10:00:00.000Z',
  usageCount: 0,
};

beforeEach(async () => {
  await resetDatabase();
});

describe('templates repository', () => {
  it('saves, reads and lists templates', async () => {
    const saved = await saveTemplate(ownTemplate);
    expect(await getTemplate('own.note')).toEqual(saved);
    expect(await listTemplates()).toEqual([saved]);
    expect(await getTemplate('missing')).toBeUndefined();
  });

  it('counts each use', async () => {
    await saveTemplate(ownTemplate);
    await Promise.all([recordUsage('own.note'), recordUsage('own.note'), recordUsage('own.note')]);
    expect((await getTemplate('own.note'))?.usageCount).toBe(3);
    await expect(recordUsage('missing')).resolves.toBeUndefined();
  });

  it('rejects an invalid template instead of storing it', async () => {
    await expect(saveTemplate({ ...ownTemplate, intents: [] })).rejects.toBeInstanceOf(ZodError);
    expect(await listTemplates()).toEqual([]);
  });

  it('marks a pack template locally modified when its body is edited', async () => {
    await importPack(pack('1.0.0', [packTemplate('team.a')]), 'file');
    const imported = (await getTemplate('team.a'))!;
    expect(imported).toMatchObject({ packId: 'team.pack', packBody: 'Body of team.a', packVersion: '1.0.0', locallyModified: false });
    const retitled = await saveTemplate({ ...imported, title: 'Same body' });
    expect(retitled.locallyModified).toBe(false);
    expect((await saveTemplate({ ...imported, body: 'My wording' })).locallyModified).toBe(true);
  });
});

describe('importPack', () => {
  it('installs every template and the pack record', async () => {
    const summary = await importPack(pack('1.0.0', [packTemplate('team.a'), packTemplate('team.b')]), 'https://example.com/pack.json');
    expect(summary).toMatchObject({ status: 'installed', added: ['team.a', 'team.b'] });
    expect((await listTemplates()).map((t) => t.id)).toEqual(['team.a', 'team.b']);
    expect(await getInstalledPack('team.pack')).toMatchObject({
      version: '1.0.0',
      source: 'https://example.com/pack.json',
      name: 'Team pack',
    });
  });

  it('writes nothing when a template fails part-way through the transaction', async () => {
    await saveTemplate({ ...ownTemplate, id: 'team.c' });
    const clashing = pack('1.0.0', [packTemplate('team.a'), packTemplate('team.b'), packTemplate('team.c')]);
    const refused = await importPack(clashing, 'file').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PackImportError);
    const { text, message } = refused as PackImportError;
    expect(message).toBe('Template "team.c" already exists and is one made in Deskpilot; nothing was imported.');
    expect(renderMessage(text, translator('ko').t)).toBe(
      '템플릿 "team.c"이(가) Deskpilot에서 만든 템플릿으로 이미 있어 아무것도 가져오지 않았습니다.',
    );
    expect((await listTemplates()).map((t) => t.id)).toEqual(['team.c']);
    expect(await getInstalledPack('team.pack')).toBeUndefined();
  });

  it('rejects an invalid pack and a pack with duplicate ids before writing', async () => {
    const invalid = { ...pack('1.0.0', [packTemplate('team.a')]), templates: [{ ...packTemplate('team.a'), intents: ['nope'] }] };
    await expect(importPack(invalid, 'file')).rejects.toBeInstanceOf(ZodError);
    await expect(importPack(pack('1.0.0', [packTemplate('team.a'), packTemplate('team.a')]), 'file')).rejects.toThrow(/twice/);
    expect(await listTemplates()).toEqual([]);
  });

  it('keeps local edits on re-import and records the new pack body for diffing', async () => {
    await importPack(
      pack('1.0.0', [packTemplate('team.a'), packTemplate('team.b'), packTemplate('team.gone'), packTemplate('team.kept')]),
      'file',
    );
    await saveTemplate({ ...(await getTemplate('team.a'))!, body: 'Our own wording' });
    await saveTemplate({ ...(await getTemplate('team.kept'))!, body: 'Edited, then dropped by the pack' });
    await recordUsage('team.b');

    const summary = await importPack(pack('2.0.0', [packTemplate('team.a', 'Pack v2 body'), packTemplate('team.b', 'B v2')]), 'file');

    expect(summary).toMatchObject({ keptLocal: ['team.a'], updated: ['team.b'], removed: ['team.gone'] });
    expect(await getTemplate('team.a')).toMatchObject({
      body: 'Our own wording',
      locallyModified: true,
      packBody: 'Pack v2 body',
      packVersion: '2.0.0',
    });
    expect(await getTemplate('team.b')).toMatchObject({ body: 'B v2', packBody: 'B v2', packVersion: '2.0.0', usageCount: 1 });
    expect(await getTemplate('team.gone')).toBeUndefined();
    expect((await getTemplate('team.kept'))?.body).toBe('Edited, then dropped by the pack');
    expect((await getInstalledPack('team.pack'))?.version).toBe('2.0.0');
  });

  it('leaves unchanged templates untouched on re-import of the same version', async () => {
    const v1 = pack('1.0.0', [packTemplate('team.a')]);
    await importPack(v1, 'file');
    const before = await getTemplate('team.a');
    expect(await importPack(v1, 'file')).toMatchObject({ unchanged: ['team.a'], added: [] });
    expect(await getTemplate('team.a')).toEqual(before);
  });

  it('skips an older or equal version when asked to import only newer ones', async () => {
    await importPack(pack('1.2.0', [packTemplate('team.a', 'new')]), 'file');
    expect((await importPack(pack('1.10.0-beta.1', [packTemplate('team.a', 'beta')]), 'file', { onlyIfNewer: true })).status).toBe(
      'installed',
    );
    expect((await importPack(pack('1.2.0', [packTemplate('team.a', 'old')]), 'file', { onlyIfNewer: true })).status).toBe('skipped');
    expect((await getTemplate('team.a'))?.body).toBe('beta');
  });

  it('leaves a template of another pack alone', async () => {
    await importPack(pack('1.0.0', [packTemplate('shared.id')], 'first.pack'), 'file');
    await expect(importPack(pack('1.0.0', [packTemplate('shared.id')], 'second.pack'), 'file')).rejects.toThrow(
      /belongs to pack "first.pack"/,
    );
    expect((await getDatabase().packs.toArray()).map((p) => p.id)).toEqual(['first.pack']);
  });
});
