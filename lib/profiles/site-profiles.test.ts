import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatIssue, validatePack } from '@/lib/packs/validate';
import { deletePack } from '@/lib/packs/delete-pack';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { importPack } from '@/lib/templates/import-pack';
import { PackImportError } from '@/lib/templates/pack-import-error';
import { DB_NAME, getDatabase, SCHEMA_V1, SCHEMA_V2_ADDITIONS, SCHEMA_V3_ADDITIONS } from '@/lib/templates/db';
import { listTemplates } from '@/lib/templates/repository';
import {
  deleteLocalSiteProfile,
  listSiteProfiles,
  ProfileOwnershipError,
  profilesForPages,
  saveLocalSiteProfile,
  siteProfilesFor,
} from './repository';

const packJson = () => JSON.parse(readFileSync('tests/fixtures/packs/2026-12-04-zendesk-profile.pack.json', 'utf8'));

beforeEach(resetDatabase);

describe('site profiles in packs', () => {
  it('imports a pack with a site profile, and an update replaces the pack’s profiles', async () => {
    await importPack(packJson(), 'https://packs.northwind.example/zendesk.json');
    expect((await siteProfilesFor('zendesk')).map((p) => p.id)).toEqual(['northwind.zendesk-timeline']);
    expect(await siteProfilesFor('gmail')).toEqual([]);
    const [stored] = await listSiteProfiles();
    expect(stored).toMatchObject({ packId: 'northwind.zendesk-layouts', site: 'zendesk', seen: '2026-12-04' });

    const next = packJson();
    next.version = '1.1.0';
    next.siteProfiles[0].selectors.body = '.timeline-entry__body';
    next.siteProfiles[0].id = 'northwind.zendesk-timeline-v2';
    await importPack(next, 'https://packs.northwind.example/zendesk.json');
    const profiles = await profilesForPages();
    expect(profiles.map((p) => p.id)).toEqual(['northwind.zendesk-timeline-v2']);
    expect(profiles[0]!.selectors.body).toBe('.timeline-entry__body');
    expect(profiles[0]).not.toHaveProperty('packId');
  });

  it('removes a pack’s profiles with the pack, and keeps profiles written in Settings', async () => {
    await importPack(packJson(), 'file');
    await saveLocalSiteProfile({ ...packJson().siteProfiles[0], id: 'own.zendesk' });
    await deletePack('northwind.zendesk-layouts');
    expect((await listSiteProfiles()).map((p) => p.id)).toEqual(['own.zendesk']);
    await deleteLocalSiteProfile('own.zendesk');
    expect(await listSiteProfiles()).toEqual([]);
  });

  it('refuses a profile id another owner holds, in both directions, and imports nothing', async () => {
    await saveLocalSiteProfile(packJson().siteProfiles[0]);
    await expect(importPack(packJson(), 'file')).rejects.toThrow(PackImportError);
    expect(await getDatabase().packs.count()).toBe(0);
    expect(await listTemplates()).toEqual([]);
    await resetDatabase();
    await importPack(packJson(), 'file');
    await expect(saveLocalSiteProfile(packJson().siteProfiles[0])).rejects.toThrow(ProfileOwnershipError);
  });

  it('validation names the exact path of a bad selector and of a missing field', () => {
    const pack = packJson();
    pack.siteProfiles[0].selectors.author = 'a[data-testid=';
    pack.siteProfiles[0].roles.agent = 'div::before';
    delete pack.siteProfiles[0].selectors.message;
    pack.siteProfiles.push({
      ...pack.siteProfiles[0],
      id: 'second',
      seen: 'yesterday',
      selectors: { thread: 'main', message: 'div:hover' },
    });
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.issues.map(formatIssue);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/field "siteProfiles\[0\]\.selectors\.author".*not a CSS selector/),
        expect.stringMatching(/field "siteProfiles\[0\]\.roles\.agent".*pseudo-element/),
        expect.stringMatching(/field "siteProfiles\[0\]\.selectors\.message"/),
        expect.stringMatching(/field "siteProfiles\[1\]\.seen".*YYYY-MM-DD/),
        expect.stringMatching(/field "siteProfiles\[1\]\.selectors\.message".*:hover/),
      ]),
    );
  });

  it('refuses a nested :has() and an overlong selector: a profile must not slow a read', () => {
    const pack = packJson();
    pack.siteProfiles[0].selectors.thread = 'div:has(p:has(span))';
    pack.siteProfiles[0].selectors.body = `${'div '.repeat(150)}p`;
    const result = validatePack(pack);
    const lines = result.ok ? [] : result.issues.map(formatIssue);
    expect(lines.join('\n')).toMatch(/selectors\.thread".*nests :has\(\)/);
    expect(lines.join('\n')).toMatch(/selectors\.body".*longer than 400/);
  });
});

describe('upgrade from version 3 to version 4', () => {
  it('keeps version-3 records and adds an empty site-profile table', async () => {
    await resetDatabase();
    const v3 = new Dexie(DB_NAME);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2_ADDITIONS);
    v3.version(3).stores(SCHEMA_V3_ADDITIONS);
    const pack = {
      id: 'acme.support',
      name: 'Acme',
      version: '2.1.0',
      updatedAt: '2026-11-01T00:00:00Z',
      source: 'file',
      installedAt: '2026-11-01T00:00:00Z',
    };
    const entry = { customerKey: 'email:greta@example.org', at: '2026-11-20T10:00:00.000Z', kind: 'seen' };
    await v3.table('packs').put(pack);
    await v3.table('history').add(entry);
    v3.close();
    const db = getDatabase();
    await db.open();
    expect(db.verno).toBe(9);
    expect(await db.packs.toArray()).toEqual([pack]);
    expect(await db.history.toArray()).toEqual([{ ...entry, id: 1 }]);
    expect(await db.siteProfiles.count()).toBe(0);
    expect(db.siteProfiles.schema.indexes.map((index) => index.name).sort()).toEqual(['packId', 'site']);
    await importPack(packJson(), 'file');
    expect((await siteProfilesFor('zendesk')).length).toBe(1);
  });
});
