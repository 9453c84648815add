import { beforeEach, describe, expect, it } from 'vitest';
import { packTemplate, testPack } from '@/lib/packs/testing/fixtures';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { triageSetting } from '@/lib/settings';
import { importPack } from '@/lib/templates/import-pack';
import { loadTriageThresholds } from '@/lib/triage/threshold-store';

beforeEach(async () => {
  await resetDatabase();
  await triageSetting.set({});
});

describe('thresholds from storage: Settings over installed packs over defaults', () => {
  it('a pack import stores its thresholds on the pack record; a later import without them drops them', async () => {
    const pack = { ...testPack('1.0.0', [packTemplate('acme.a')]), triage: { targets: { amazon: 12 }, highValueOrderTotal: 250 } };
    await importPack(pack, 'file');
    let resolved = await loadTriageThresholds();
    expect(resolved.settings).toMatchObject({ targets: { amazon: 12 }, highValueOrderTotal: 250 });
    expect(resolved.sources.highValueOrderTotal).toEqual({ from: 'pack', pack: pack.name });

    await triageSetting.set({ highValueOrderTotal: 900 });
    resolved = await loadTriageThresholds();
    expect(resolved.settings.highValueOrderTotal).toBe(900);
    expect(resolved.sources.highValueOrderTotal).toEqual({ from: 'settings' });
    expect(resolved.sources['targets.amazon']).toEqual({ from: 'pack', pack: pack.name });

    await importPack(testPack('1.1.0', [packTemplate('acme.a')]), 'file');
    resolved = await loadTriageThresholds();
    expect(resolved.settings.targets.amazon).toBe(24);
    expect(resolved.sources['targets.amazon']).toEqual({ from: 'default' });
  });
});
