import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '@/lib/templates/db';
import { getInstalledPack, getTemplate, listTemplates, saveTemplate } from '@/lib/templates/repository';
import { ensureStarterPack } from '@/lib/templates/seed';
import { STARTER_PACK } from '@/lib/templates/starter-pack';
import { putTemplateRecords } from '@/lib/templates/template-shelves';
import { resetDatabase } from '@/lib/templates/testing/reset-database';

beforeEach(async () => {
  await resetDatabase();
});

describe('ensureStarterPack', () => {
  it('installs the starter pack on first run', async () => {
    const summary = await ensureStarterPack();
    expect(summary.status).toBe('installed');
    expect(summary.added).toHaveLength(STARTER_PACK.templates.length);
    expect((await listTemplates()).map((t) => t.id).sort()).toEqual(STARTER_PACK.templates.map((t) => t.id).sort());
    expect(await getInstalledPack(STARTER_PACK.id)).toMatchObject({ version: STARTER_PACK.version, source: 'builtin' });
  });

  it('is idempotent: a second run changes nothing', async () => {
    await ensureStarterPack();
    const before = await listTemplates();
    expect((await ensureStarterPack()).status).toBe('skipped');
    expect(await listTemplates()).toEqual(before);
  });

  it('shares one attempt between concurrent calls in one context', async () => {
    const results = await Promise.all([ensureStarterPack(), ensureStarterPack(), ensureStarterPack()]);
    expect(results[0]?.status).toBe('installed');
    expect(results[1]).toBe(results[0]);
    expect(results[2]).toBe(results[0]);
    expect(await listTemplates()).toHaveLength(STARTER_PACK.templates.length);
  });

  it('installs once when two contexts (separate connections) race', async () => {
    vi.resetModules();
    const otherContext = await import('@/lib/templates/seed');
    expect(otherContext.ensureStarterPack).not.toBe(ensureStarterPack);
    const results = await Promise.all([ensureStarterPack(), otherContext.ensureStarterPack()]);
    expect(results.map((r) => r.status).sort()).toEqual(['installed', 'skipped']);
    expect(await listTemplates()).toHaveLength(STARTER_PACK.templates.length);
  });

  it('upgrades an older install without overwriting a locally modified template', async () => {
    await ensureStarterPack();
    const db = getDatabase();
    const edited = await saveTemplate({
      ...(await getTemplate('starter.wismo.tracking'))!,
      body: 'Our own tracking reply {{ order.number }}',
    });
    // Pretend the installed copy came from an older starter pack with an older wording.
    await db.packs.update(STARTER_PACK.id, { version: '0.9.0' });
    const installed = (await getTemplate('starter.refund.status'))!;
    await putTemplateRecords(db, [{ ...installed, body: 'Old wording', packBody: 'Old wording', packVersion: '0.9.0' }]);

    const summary = await ensureStarterPack();

    expect(summary).toMatchObject({ status: 'installed', keptLocal: ['starter.wismo.tracking'], updated: ['starter.refund.status'] });
    const current = STARTER_PACK.templates.find((t) => t.id === 'starter.refund.status')!;
    expect((await getTemplate('starter.refund.status'))?.body).toBe(current.body);
    expect(await getTemplate('starter.wismo.tracking')).toMatchObject({
      body: edited.body,
      locallyModified: true,
      packVersion: STARTER_PACK.version,
    });
    expect((await getInstalledPack(STARTER_PACK.id))?.version).toBe(STARTER_PACK.version);
  });
});
