import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup, restoreBackup } from '@/lib/packs/backup';
import { parseBackup, serializeBackup } from '@/lib/packs/backup-document';
import { importPackFile } from '@/lib/packs/import-file';
import { packTemplate, testPack } from '@/lib/packs/testing/fixtures';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { listStoredRules, saveOwnRules } from '@/lib/triage/rule-store';

beforeEach(async () => resetDatabase());

describe('backup of team triage rules', () => {
  it('round-trips own rules and a pack’s rules; a backup from before version 4 restores none', async () => {
    await saveOwnRules([
      { id: 'big', name: 'Big refunds', when: { intent: 'refund', orderTotalAbove: 200 }, then: { tags: ['escalate'] } },
    ]);
    await importPackFile(
      JSON.stringify({
        ...testPack('1.0.0', [packTemplate('acme.a')]),
        rules: [{ id: 'legal', name: 'Legal', when: { reason: 'legal_threat' }, then: { owner: 'Legal' } }],
      }),
    );
    const before = await listStoredRules();
    expect(before).toHaveLength(2);
    const text = serializeBackup(await createBackup());

    await resetDatabase();
    await restoreBackup(parseBackup(text));
    expect(await listStoredRules()).toEqual(before);

    const old = JSON.parse(text) as Record<string, unknown>;
    delete old.triageRules;
    expect(parseBackup(JSON.stringify({ ...old, databaseVersion: 3 })).triageRules).toEqual([]);
  });
});
