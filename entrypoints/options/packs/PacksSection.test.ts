import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serializePack } from '@/lib/packs/export';
import { importPackFile } from '@/lib/packs/import-file';
import { packTemplate, testPack } from '@/lib/packs/testing/fixtures';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { getInstalledPack, getTemplate, listTemplates, saveTemplate } from '@/lib/templates/repository';
import { ensureStarterPack } from '@/lib/templates/seed';
import { STARTER_PACK } from '@/lib/templates/starter-pack';
import {
  buttonNamed,
  byTestId,
  control,
  pickFile,
  press,
  renderSection,
  type,
  unmountSection,
  until,
} from '@/components/template-library/testing/dom';
import { PacksSection } from './PacksSection';

const URL_V = 'https://packs.example.com/acme.json';
const V1 = testPack('1.0.0', [packTemplate('acme.where', 'Hi,\nYour parcel is on its way.'), packTemplate('acme.refund', 'Refund v1')]);
const V2 = testPack('1.1.0', [packTemplate('acme.where', 'Hi,\nYour parcel left today.'), packTemplate('acme.refund', 'Refund v2')]);

/** The pack host: serves whichever version is published, as fetch would deliver it. */
function publish(initial: unknown) {
  let body = JSON.stringify(initial);
  const fetch = vi.fn(async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return { fetch, update: (next: unknown) => void (body = JSON.stringify(next)) };
}

function stubPermissions() {
  const stubs = { request: vi.fn(async () => true), contains: vi.fn(async () => true) };
  Object.assign(browser.permissions, stubs);
  return stubs;
}

/** The library minus the starter pack, which the section's template list installs on first read. */
async function nonStarterIds(): Promise<string[]> {
  return (await listTemplates()).filter((t) => t.packId !== STARTER_PACK.id).map((t) => t.id);
}

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
  await ensureStarterPack();
});
afterEach(() => {
  unmountSection();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('PacksSection', () => {
  it('subscribes (permission asked in the click), checks on demand, and offers the update to an edited template', async () => {
    const { request } = stubPermissions();
    const host = publish(V1);
    const view = await renderSection(PacksSection);
    const subscriptions = byTestId(view, 'pack-subscriptions')!;
    await type(control(subscriptions, 'Pack address'), URL_V);
    await press(buttonNamed(subscriptions, 'Subscribe'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://packs.example.com/*'] });
    await until(() => byTestId(view, 'subscription-status')?.textContent?.includes('Subscribed'));
    expect(await nonStarterIds()).toEqual(['acme.refund', 'acme.where']);
    await until(() => view.querySelector(`[data-testid=pack-subscription][data-url="${URL_V}"]`));

    await saveTemplate({ ...(await getTemplate('acme.where'))!, body: 'Hi,\nMy own wording.' });
    host.update(V2);
    await press(buttonNamed(view.querySelector('[data-testid=pack-subscription]')!, 'Check now'));
    await until(() => byTestId(view, 'subscription-status')?.textContent?.includes('Updated acme.support to version 1.1.0'));

    const update = await until(() => view.querySelector<HTMLElement>('[data-testid=pack-update][data-template="acme.where"]'));
    expect([...update.querySelectorAll('.diff-removed, .diff-added')].map((l) => l.lastChild?.textContent)).toEqual([
      '− My own wording.',
      '+ Your parcel left today.',
    ]);
    expect((await getTemplate('acme.refund'))?.body).toBe('Refund v2');
    await press(buttonNamed(update, 'Keep mine'));
    await until(() => !view.querySelector('[data-testid=pack-update]'));
    expect(await getTemplate('acme.where')).toMatchObject({ body: 'Hi,\nMy own wording.', locallyModified: true });
  });

  it('shows which template and field make a pack file invalid, and imports nothing', async () => {
    const view = await renderSection(PacksSection);
    const broken = { ...V1, templates: [V1.templates[0], { ...V1.templates[1], intents: ['not_an_intent'] }] };
    await pickFile(control(byTestId(view, 'pack-import')!, 'Pack file (.json)') as HTMLInputElement, 'broken.json', JSON.stringify(broken));
    const issues = await until(() => byTestId(view, 'pack-issues'));
    expect(issues.textContent).toContain('Template 2 (index 1, id "acme.refund"): field "intents[0]" is the text "not_an_intent"');
    expect(await nonStarterIds()).toEqual([]);

    await pickFile(control(byTestId(view, 'pack-import')!, 'Pack file (.json)') as HTMLInputElement, 'good.json', serializePack(V1));
    await until(() => byTestId(view, 'pack-import-status')?.textContent?.includes('Imported “Acme support replies” 1.0.0: 2 added.'));
    expect(byTestId(view, 'pack-issues')).toBeNull();
  });

  it('deletes a pack after showing what goes and what stays', async () => {
    await importPackFile(serializePack(V1));
    await saveTemplate({ ...(await getTemplate('acme.where'))!, body: 'Edited here.' });
    const view = await renderSection(PacksSection);
    const installed = await until(() => view.querySelector<HTMLElement>('[data-testid=installed-pack][data-pack="acme.support"]'));
    await press(buttonNamed(installed, 'Delete the pack Acme support replies'));
    const confirm = await until(() => byTestId(view, 'pack-deletion'));
    expect(confirm.textContent).toContain('1 template you never changed will be deleted.');
    expect(await getInstalledPack('acme.support')).toBeDefined();

    await press(buttonNamed(confirm, 'Delete pack'));
    await until(() => !view.querySelector('[data-testid=installed-pack][data-pack="acme.support"]'));
    expect(await nonStarterIds()).toEqual(['acme.where']);
  });

  it('converts Zendesk macros, lists what could not be mapped, then imports on request', async () => {
    const macros = {
      macros: [
        {
          id: 7,
          title: 'Shipping::Delay',
          actions: [{ field: 'comment_value', value: 'Hi {{ticket.requester.first_name}}, {{ticket.organization.name}} is on it.' }],
        },
      ],
    };
    const view = await renderSection(PacksSection);
    const section = byTestId(view, 'pack-convert')!;
    await pickFile(control(section, 'Export file') as HTMLInputElement, 'macros.json', JSON.stringify(macros));
    const result = await until(() => byTestId(view, 'conversion-result'));
    expect(byTestId(result, 'conversion-unmapped')?.textContent).toContain(
      '{{ticket.organization.name}} → fields.ticket_organization_name',
    );
    expect(await nonStarterIds()).toEqual([]);

    await press(buttonNamed(result, 'Import 1 template'));
    await until(() => byTestId(view, 'pack-convert-status')?.textContent?.includes('1 added'));
    const [id] = await nonStarterIds();
    expect((await getTemplate(id!))?.body).toBe('Hi {{ customer.first_name }}, {{ fields.ticket_organization_name }} is on it.');
  });

  it('downloads a backup and restores it after confirmation', async () => {
    await importPackFile(serializePack(V1));
    const downloads: Array<{ name: string; blob: Blob }> = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => `blob:${downloads.push({ name: '', blob: blob as Blob })}`);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.at(-1)!.name = this.download;
    });
    const view = await renderSection(PacksSection);
    const section = byTestId(view, 'backup')!;
    await press(buttonNamed(section, 'Download a backup'));
    await until(() => downloads[0]?.name);
    expect(downloads[0]!.name).toMatch(/^deskpilot-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = await downloads[0]!.blob.text();

    await saveTemplate({ ...(await getTemplate('acme.where'))!, body: 'Changed after the backup.' });
    await pickFile(control(section, 'Restore from a backup file') as HTMLInputElement, 'backup.json', backup);
    const confirm = await until(() => section.querySelector<HTMLElement>('[role=alertdialog]'));
    expect((await getTemplate('acme.where'))?.body).toBe('Changed after the backup.');
    await press(buttonNamed(confirm, 'Restore'));
    await until(() => byTestId(view, 'backup-status')?.textContent?.startsWith('Restored'));
    expect((await getTemplate('acme.where'))?.body).toBe('Hi,\nYour parcel is on its way.');
  });
});
