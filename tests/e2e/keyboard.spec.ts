/**
 * Keyboard only: the agent finds the ticket's top reply and inserts it, opens the key list, searches
 * the template library and switches the order used in replies, and focus is never lost on the way.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const EMMA_THREAD = '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';
const LIAM_THREAD = '#inbox/FMfcgzQbgRcvWmTpLxNsKjHdZqYwFbGt';

/** What has focus, as a short description (never the page body once the agent started). */
const focused = (panel: Page) =>
  panel.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el && el !== document.body ? `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}` : 'body';
  });

test('keyboard only: find the top suggestion, insert it, and keep focus through inserts and ticket changes', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', '2026-11-24-app.html', EMMA_THREAD));
  const panel = await ext.openPanel(page);
  const top = panel.getByTestId('suggestion').first();
  await expect(top.getByTestId('rendered')).toContainText('1ZA4W68F0386133239');
  const topText = (await top.getByTestId('rendered').innerText()).trim();

  // Help overlay on "?", listing the keys; Escape closes it.
  await panel.keyboard.press('?');
  const help = panel.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Insert the selected reply');
  await panel.keyboard.press('j');
  await expect(panel.getByTestId('suggestion').first()).not.toBeFocused();
  await panel.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // j selects the top reply (focus visible on it), k stays on it, Enter inserts it.
  await panel.keyboard.press('j');
  await expect(top).toBeFocused();
  expect(await top.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none')).toBe(true);
  // ↓ moves to the next reply, or stays on the last one when the ticket has a single fitting reply.
  const count = await panel.getByTestId('suggestion').count();
  await panel.keyboard.press('ArrowDown');
  await expect(panel.getByTestId('suggestion').nth(Math.min(1, count - 1))).toBeFocused();
  await panel.keyboard.press('k');
  await expect(top).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(top.getByRole('status')).toContainText('Inserted');
  await expect(panel.getByTestId('announcer')).toContainText('Inserted');
  const editor = page.locator('div.M9 [contenteditable=true]');
  await expect(editor).toContainText('1ZA4W68F0386133239');
  expect((await editor.innerText()).replace(/\s+/g, ' ')).toContain(topText.split('\n')[0]!.trim());
  await expect(top).toBeFocused();

  // e edits, Escape leaves the editor, focus back on the reply.
  await panel.keyboard.press('e');
  await expect(top.getByRole('textbox', { name: 'Edit the reply before inserting' })).toBeFocused();
  await panel.keyboard.press('Escape');
  await expect(top).toBeFocused();

  // "/" opens the library with the search field focused; "t" goes back to the ticket.
  await panel.keyboard.press('/');
  const search = panel.getByTestId('template-library').getByRole('searchbox');
  await expect(search).toBeFocused();
  await search.pressSequentially('return');
  await expect(panel.getByTestId('template-library')).toContainText('How to return an item');
  await panel.keyboard.press('Escape');
  await panel.keyboard.press('t');
  await expect(panel.getByTestId('suggestion').first()).toBeVisible();
  expect(await focused(panel)).not.toBe('body');

  // A ticket change replaces every card: focus moves to the new ticket's top reply, and it is announced.
  await panel.keyboard.press('j');
  await page.evaluate((hash) => (location.hash = hash), LIAM_THREAD);
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Wrong size received – order #1052');
  await expect(panel.getByTestId('announcer')).toContainText('Wrong size received');
  await expect.poll(() => focused(panel)).toMatch(/^(article\[suggestion\]|h2\[ticket-subject\])$/);
});

test('[ and ] switch the order the replies use', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', '2026-11-24-app.html', EMMA_THREAD));
  const panel = await ext.openPanel(page);
  const chosen = panel.locator('[data-testid=order-card].chosen');
  await expect(chosen).toHaveAttribute('data-order', '#1047');
  await expect(panel.getByTestId('suggestion').first()).toBeVisible();
  await panel.keyboard.press(']');
  await expect(chosen).not.toHaveAttribute('data-order', '#1047');
  const other = await chosen.getAttribute('data-order');
  await expect(panel.getByTestId('announcer')).toContainText(`Replies now use order ${other}`);
  await panel.keyboard.press('[');
  await expect(chosen).toHaveAttribute('data-order', '#1047');
});
