/**
 * Fill-in fields end to end, in Chromium with the built extension: a team pack whose template
 * asks for a tracking number, a carrier and a yes/no paragraph is imported in Settings (and
 * previewed there with sample answers); on Emma's Gmail thread, Insert shows the form, and the
 * page's own reply box receives the reply with the agent's answers in it.
 */
import { expect, test } from './fixtures';

// Each test imports a pack in Settings, then works in the panel: two pages' worth of steps.
test.describe.configure({ timeout: 150_000 });

const EMMA_THREAD = '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';
const TEMPLATE_ID = 'team.wismo.replacement-tracking';
const PACK = {
  format: 'deskpilot.pack/v1',
  id: 'team.fields',
  name: 'Team replies with fields',
  version: '1.0.0',
  updatedAt: '2026-12-04T09:00:00Z',
  templates: [
    {
      id: TEMPLATE_ID,
      title: 'Where is my order: replacement shipped, tracking number',
      body:
        'Hi {{ customer.first_name }},\n\nAbout your order {{ order.number }}: a replacement is on its way with {{ fields.carrier }}, tracking number {{ fields.tracking_number }}.' +
        '{% if fields.keep_original %}\n\nIf the first parcel arrives after all, please keep it with our compliments.{% endif %}\n\n{{ shop.signature }}',
      intents: ['where_is_my_order'],
      language: 'en',
      sites: [],
      tags: ['shipping'],
      fields: [
        { name: 'tracking_number', label: 'New tracking number', hint: "As the carrier's site shows it" },
        { name: 'carrier', type: 'choice', label: 'Carrier', options: ['UPS', 'DHL', 'Royal Mail'] },
        { name: 'keep_original', type: 'yesno', label: 'Customer may keep the first parcel' },
      ],
    },
  ],
};

test('a template with fields shows the form; the inserted reply holds the answers', async ({ ext, server }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options
    .getByTestId('pack-import')
    .getByLabel('Pack file (.json)')
    .setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(PACK)) });
  await expect(options.getByTestId('pack-import-status')).toContainText('Imported');

  // The editor previews the reply with sample answers and says what Insert will ask.
  await options.locator(`[data-testid=library-template][data-template="${TEMPLATE_ID}"]`).getByRole('button', { name: 'Edit' }).click();
  const preview = options.getByTestId('template-preview');
  await expect(preview).toContainText('with UPS, tracking number ‹New tracking number›.');
  await expect(preview).toContainText('please keep it with our compliments');
  await expect(preview.getByTestId('preview-fields')).toContainText('New tracking number (short text), Carrier (choice)');

  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', '2026-11-24-app.html', EMMA_THREAD));
  const panel = await ext.openPanel(page);
  const card = panel.locator(`[data-testid=suggestion][data-template="${TEMPLATE_ID}"]`);
  await expect(card.getByTestId('fields-asked')).toContainText('New tracking number, Carrier, Customer may keep the first parcel');

  await card.getByRole('button', { name: 'Insert', exact: true }).click();
  const form = card.getByTestId('fill-in-form');
  await expect(form.getByLabel('New tracking number')).toBeFocused();
  await form.getByLabel('New tracking number').fill('JJD000390007712345');
  // Enter with an answer missing says so, next to the field it moves to, and inserts nothing.
  await form.getByLabel('New tracking number').press('Enter');
  await expect(form.getByLabel('Carrier')).toBeFocused();
  await expect(form.getByLabel('Carrier')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Carrier').selectOption('DHL');
  await form.getByLabel('Customer may keep the first parcel').check();
  await form.getByLabel('Customer may keep the first parcel').press('Enter');

  await expect(card.getByRole('status')).toContainText('Inserted');
  const editor = page.locator('div.M9 [contenteditable=true]');
  await expect(editor).toContainText('a replacement is on its way with DHL, tracking number JJD000390007712345.');
  await expect(editor).toContainText('please keep it with our compliments');
  await expect(editor).toContainText('#1047');
  await expect(card.getByTestId('rendered')).toContainText('JJD000390007712345');
});

test('Escape closes the form and inserts nothing', async ({ ext, server }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options
    .getByTestId('pack-import')
    .getByLabel('Pack file (.json)')
    .setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(PACK)) });
  await expect(options.getByTestId('pack-import-status')).toContainText('Imported');

  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', '2026-11-24-app.html', EMMA_THREAD));
  const panel = await ext.openPanel(page);
  const card = panel.locator(`[data-testid=suggestion][data-template="${TEMPLATE_ID}"]`);
  await card.getByRole('button', { name: 'Insert', exact: true }).click();
  await card.getByTestId('fill-in-form').getByLabel('New tracking number').fill('JJD1');
  await card.getByTestId('fill-in-form').getByLabel('New tracking number').press('Escape');
  await expect(card.getByTestId('fill-in-form')).toHaveCount(0);
  await expect(card).toBeFocused();
  await expect(card.getByRole('status')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('JJD1');
});
