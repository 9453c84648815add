import { expect, recordInputEvents, test } from './fixtures';

test('reads a Seller Central thread and inserts an Amazon-safe reply into its textarea', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('amazon-seller-central', '2026-11-24-app.html'));
  const panel = await ext.openPanel(page);

  await expect(panel.getByTestId('ticket-customer')).toContainText('Sophie Martin');
  const order = panel.locator('[data-testid=order-card][data-order="114-3941689-8772232"]');
  await expect(order).toContainText('USPS');

  const top = panel.getByTestId('suggestion').first();
  await expect(top).toHaveAttribute('data-template', /amazon/);
  const rendered = await top.getByTestId('rendered').innerText();
  // Amazon's messaging rules: no links, no email addresses, no phone numbers.
  expect(rendered).not.toMatch(/https?:\/\/|www\.|@/);

  const inputEvents = await recordInputEvents(page);
  await top.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');
  const value = await page.locator('textarea').first().inputValue();
  expect(value.trim()).toBe(rendered.trim());
  expect(await inputEvents()).toBeGreaterThan(0);
});

test('edit then insert puts the edited text in the reply box', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('amazon-seller-central', '2026-11-24-app.html'));
  const panel = await ext.openPanel(page);
  const top = panel.getByTestId('suggestion').first();
  await top.getByRole('button', { name: 'Edit' }).click();
  const editor = top.getByRole('textbox', { name: 'Edit the reply before inserting' });
  await editor.fill('Hello Sophie, a personal note from our team.');
  await top.getByRole('button', { name: 'Insert edited reply' }).click();
  await expect(top.getByRole('status')).toContainText('Inserted');
  await expect(page.locator('textarea').first()).toHaveValue('Hello Sophie, a personal note from our team.');
});

test('an edited reply with a link and a review request is flagged before insert on Amazon', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('amazon-seller-central', '2026-11-24-app.html'));
  const panel = await ext.openPanel(page);
  const top = panel.getByTestId('suggestion').first();
  await top.getByRole('button', { name: 'Edit' }).click();
  await top
    .getByRole('textbox', { name: 'Edit the reply before inserting' })
    .fill('Hi Sophie, track it at https://northwind.example/track and please leave us a 5-star review!');
  await expect(top.getByTestId('policy-findings')).toBeVisible();
  await expect(top.locator('[data-testid=policy-findings] li[data-code=external_link]')).toHaveCount(1);
  await expect(top.locator('[data-testid=policy-findings] li[data-code=review_request_biased]')).toHaveCount(1);

  await top.getByRole('button', { name: 'Insert edited reply' }).click();
  const confirm = top.getByRole('alertdialog', { name: 'Insert anyway?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('textarea').first()).toHaveValue('');
});
