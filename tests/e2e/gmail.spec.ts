import { CHANGED_GMAIL_PAGE, expect, recordInputEvents, test } from './fixtures';

const EMMA_THREAD = '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';
const LIAM_THREAD = '#inbox/FMfcgzQbgRcvWmTpLxNsKjHdZqYwFbGt';
const APP = '2026-11-24-app.html';

test('reads a Gmail thread, shows the demo order and inserts a filled-in reply', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', APP, EMMA_THREAD));
  const panel = await ext.openPanel(page);

  await expect(panel.getByTestId('ticket-subject')).toHaveText('Where is my order #1047?');
  await expect(panel.getByTestId('ticket-customer')).toContainText('Emma Schneider');
  await expect(panel.getByTestId('intent')).toHaveAttribute('data-intent', 'where_is_my_order');
  const order = panel.locator('[data-testid=order-card][data-order="#1047"]');
  await expect(order).toContainText('1ZA4W68F0386133239');
  await expect(order).toContainText('Merino Wool Throw');

  const top = panel.getByTestId('suggestion').first();
  await expect(top.getByTestId('rendered')).toContainText('1ZA4W68F0386133239');
  await expect(top.locator('mark.gap')).toHaveCount(0);
  const rendered = (await top.getByTestId('rendered').innerText()).trim();

  const inputEvents = await recordInputEvents(page);
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');

  const editor = page.locator('div.M9 [contenteditable=true]');
  await expect(editor).toBeVisible();
  const inserted = await editor.innerText();
  expect(inserted.replace(/\s+/g, ' ').trim()).toContain(rendered.split('\n')[0]!.trim());
  expect(inserted).toContain('1ZA4W68F0386133239');
  expect(await inputEvents()).toBeGreaterThan(0);
  // Deskpilot never sends: the demo page's Send button was not pressed.
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('follows Gmail to another thread', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', APP, EMMA_THREAD));
  const panel = await ext.openPanel(page);
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Where is my order #1047?');

  await page.evaluate((hash) => (location.hash = hash), LIAM_THREAD);
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Wrong size received – order #1052');
  await expect(panel.getByTestId('ticket-customer')).toContainText("Liam O'Connor");
  await expect(panel.locator('[data-testid=order-card][data-order="#1052"]')).toBeVisible();
  await expect(panel.getByTestId('intent')).toHaveAttribute('data-intent', 'wrong_item');
});

test('the inbox list holds no ticket', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', APP, '#inbox'));
  const panel = await ext.openPanel(page);
  await expect(panel.getByTestId('no-ticket')).toHaveAttribute('data-reason', 'not-a-ticket-page');
  await expect(panel.getByTestId('no-ticket')).toContainText('No ticket here');
});

test('a page whose layout changed gets a clear "no ticket here"', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}${CHANGED_GMAIL_PAGE}#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN`);
  const panel = await ext.openPanel(page);
  await expect(panel.getByTestId('no-ticket')).toHaveAttribute('data-reason', 'nothing-found');
});

test('an edited reply with a tracking number not in the order asks before insert', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', APP, EMMA_THREAD));
  const panel = await ext.openPanel(page);
  const top = panel.getByTestId('suggestion').first();
  await top.getByRole('button', { name: 'Edit' }).click();
  await top.getByRole('textbox', { name: 'Edit the reply before inserting' }).fill('Hi Emma, your parcel is UPS 1Z999AA10123456784.');
  await expect(top.getByTestId('unverified-summary')).toContainText('tracking number');
  await top.getByRole('button', { name: 'Insert edited reply' }).click();
  await top.getByRole('alertdialog', { name: 'Insert anyway?' }).getByRole('button', { name: 'Insert anyway' }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');
  await expect(page.locator('div.M9 [contenteditable=true]')).toContainText('1Z999AA10123456784');
});

test('the template library in the panel previews a new template against the open ticket and its order', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', APP, EMMA_THREAD));
  const panel = await ext.openPanel(page);
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Where is my order #1047?');
  await panel.getByRole('button', { name: 'Templates' }).click();
  await panel.getByRole('button', { name: 'New template' }).click();
  const editor = panel.getByTestId('template-editor');
  await panel
    .getByTestId('template-body')
    .fill('Hi {{ customer.first_name }}, your parcel is {{ order.tracking_number }}. {{ order.colour }}');
  const preview = editor.getByTestId('template-preview');
  await expect(preview).toContainText('Preview with the open ticket: Emma Schneider, order #1047');
  await expect(preview).toContainText('Hi Emma, your parcel is 1ZA4W68F0386133239.');
  await expect(preview.getByTestId('unknown-variables')).toContainText('order.colour');
  await panel.getByRole('button', { name: 'Back to the ticket' }).click();
  await expect(panel.getByTestId('suggestion').first()).toBeVisible();
});

test("the customer's support history remembers the ticket and the reply inserted", async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', APP, EMMA_THREAD));
  let panel = await ext.openPanel(page);
  const history = panel.getByTestId('support-history');
  await expect(history).toContainText('First contact from this customer on this browser.');
  const top = panel.getByTestId('suggestion').first();
  const title = await top.getByRole('heading').innerText();
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');
  await panel.close();

  panel = await ext.openPanel(page);
  await expect(panel.getByTestId('support-history')).toContainText('Where is my order #1047?');
  await expect(panel.getByTestId('support-history')).toContainText(`replied with '${title}'`);
});
