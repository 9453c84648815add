/**
 * Team packs end to end, in Chromium with the built extension: subscribing to a pack served on
 * loopback, a local edit surviving the pack's next version, two profiles sharing one pack URL and
 * a pack file exported from one imported in the other. The e2e build holds the loopback origins
 * already, because Playwright cannot answer a permission prompt.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { launchWithExtension } from '../harness/chromium';
import { startPackServer, type PackServer } from '../servers/pack-server';
import { bodyOf, checkNow, editBody, openOptions, subscribeTo, teamPack, teamReply, teamTemplateIds } from './pack-steps';

const WHERE_V1 = 'Hi {{ customer.first_name }},\n\nYour order {{ order.number }} is on its way.\n\n{{ shop.signature }}';
const WHERE_V2 =
  'Hi {{ customer.first_name }},\n\nYour order {{ order.number }} left our warehouse; track it with {{ order.carrier }}.\n\n{{ shop.signature }}';
const MY_EDIT = 'Hello {{ customer.first_name }},\n\nGood news: order {{ order.number }} is with the carrier.\n\n{{ shop.signature }}';
const V1 = teamPack('1.0.0', [
  teamReply('team.where', 'Where is my order (team)', WHERE_V1, ['where_is_my_order']),
  teamReply('team.refund', 'Refund issued (team)', 'Hi {{ customer.first_name }},\n\nWe refunded {{ order.total }}.', ['refund']),
]);
const V2 = teamPack('1.1.0', [
  teamReply('team.where', 'Where is my order (team)', WHERE_V2, ['where_is_my_order']),
  teamReply('team.refund', 'Refund issued (team)', 'Hi {{ customer.first_name }},\n\nWe refunded {{ order.total }} today.', ['refund']),
  teamReply('team.exchange', 'Exchange (team)', 'Hi {{ customer.first_name }},\n\nWe will send the new size.', ['exchange']),
]);

let packs: PackServer;
test.beforeAll(async () => {
  packs = await startPackServer();
});
test.afterAll(() => packs.close());

test('subscribe → templates appear → edit one → new version → the edit survives and the update is offered with a diff', async () => {
  packs.publish('flow', V1);
  const ext = await launchWithExtension();
  try {
    const page = await openOptions(ext);
    await subscribeTo(page, packs.url('flow'));
    await expect.poll(() => teamTemplateIds(page)).toEqual(['team.refund', 'team.where']);

    await editBody(page, 'team.where', MY_EDIT);
    packs.publish('flow', V2);
    await checkNow(page, packs.url('flow'));

    await expect.poll(() => teamTemplateIds(page)).toEqual(['team.exchange', 'team.refund', 'team.where']);
    expect(await bodyOf(page, 'team.where')).toBe(MY_EDIT);
    const update = page.locator('[data-testid=pack-update][data-template="team.where"]');
    await expect(update).toContainText('version 1.1.0');
    await expect(update.locator('.diff-removed')).toContainText(['Good news: order {{ order.number }} is with the carrier.']);
    await expect(update.locator('.diff-added')).toContainText([
      'Your order {{ order.number }} left our warehouse; track it with {{ order.carrier }}.',
    ]);
    // "Check now" sent the stored ETag; the server sent the whole pack because it had changed.
    const requests = packs.requests.filter((r) => r.path === '/packs/flow.json');
    expect(requests.map((r) => [r.status, Boolean(r.ifNoneMatch)])).toEqual([
      [200, false],
      [200, true],
    ]);
  } finally {
    await ext.close();
  }
});

test('two profiles share one pack URL; one’s edit survives an update; a pack exported from one imports in the other', async () => {
  packs.publish('shared', V1);
  const [alice, bob] = await Promise.all([launchWithExtension(), launchWithExtension()]);
  try {
    const [a, b] = await Promise.all([openOptions(alice), openOptions(bob)]);
    await subscribeTo(a, packs.url('shared'));
    await subscribeTo(b, packs.url('shared'));
    await expect.poll(() => teamTemplateIds(a)).toEqual(['team.refund', 'team.where']);
    await expect.poll(() => teamTemplateIds(b)).toEqual(['team.refund', 'team.where']);

    await editBody(a, 'team.where', MY_EDIT);
    packs.publish('shared', V2);
    await checkNow(a, packs.url('shared'));
    await checkNow(b, packs.url('shared'));
    // The library lists what the database holds once its live query has caught up.
    await expect.poll(() => teamTemplateIds(a)).toEqual(['team.exchange', 'team.refund', 'team.where']);
    await expect.poll(() => teamTemplateIds(b)).toEqual(['team.exchange', 'team.refund', 'team.where']);
    expect(await bodyOf(a, 'team.where')).toBe(MY_EDIT);
    expect(await bodyOf(b, 'team.where')).toBe(WHERE_V2);
    await expect(a.getByTestId('pack-update')).toHaveCount(1);
    await expect(b.getByTestId('pack-update')).toHaveCount(0);

    // Alice writes a reply of her own and shares it as a pack file.
    await a.getByRole('button', { name: 'New template' }).click();
    const editor = a.getByTestId('template-editor');
    await editor.getByLabel('Title').fill('Gift wrapping (Alice)');
    await a
      .getByTestId('template-body')
      .fill('Hi {{ customer.first_name }},\n\nWe can gift-wrap order {{ order.number }}.\n\n{{ agent.name }}');
    await expect(a.getByTestId('template-preview')).toContainText('We can gift-wrap order #1047.');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(a.getByTestId('library-status')).toContainText('Saved “Gift wrapping (Alice)”.');

    const exportForm = a.getByTestId('pack-export');
    await exportForm.getByLabel('Pack id').fill('alice.extras');
    await exportForm.getByLabel('Pack name').fill('Alice’s extras');
    const [download] = await Promise.all([
      a.waitForEvent('download'),
      exportForm.getByRole('button', { name: 'Download pack file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('alice.extras-1.0.0.deskpilot-pack.json');
    const file = await download.path();

    await b.getByTestId('pack-import').getByLabel('Pack file (.json)').setInputFiles(file);
    await expect(b.getByTestId('pack-import-status')).toContainText('Imported “Alice’s extras” 1.0.0: 1 added.');
    await expect(b.getByTestId('library-template').filter({ hasText: 'Gift wrapping (Alice)' })).toHaveCount(1);
    const exported = JSON.parse(await readFile(file, 'utf8')) as { templates: Array<{ title: string }> };
    expect(exported.templates.map((t) => t.title)).toEqual(['Gift wrapping (Alice)']);
  } finally {
    await Promise.all([alice.close(), bob.close()]);
  }
});

test('an invalid pack file names the template and field and imports nothing', async () => {
  const ext = await launchWithExtension();
  try {
    const page = await openOptions(ext);
    const before = await page.getByTestId('library-count').innerText();
    const broken = teamPack('1.0.0', [
      teamReply('bad.one', 'Fine', 'Hello', ['refund']),
      teamReply('bad.two', 'Broken', 'Hello', ['not_an_intent']),
    ]);
    await page
      .getByTestId('pack-import')
      .getByLabel('Pack file (.json)')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });

    await expect(page.getByTestId('pack-issues')).toContainText('Template 2 (index 1, id "bad.two"): field "intents[0]"');
    await expect(page.getByTestId('library-count')).toHaveText(before);
    await expect(page.locator('[data-testid=installed-pack][data-pack="team.support"]')).toHaveCount(0);
    await expect(page.getByTestId('library-template').filter({ hasText: 'Fine' })).toHaveCount(0);
  } finally {
    await ext.close();
  }
});
