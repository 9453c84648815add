/**
 * Issue 10, blind pages fixed by general rules (2026-12-05): chat pages whose bubbles carry no
 * sender line — only the text and a clock time, inside a `role="log"` list — give the panel a
 * ticket in Chromium, with the customer named by the chat's heading (eBay's mobile member
 * messages, Etsy's new Messages app). Before, the panel was empty on both.
 */
import { expect, test } from './fixtures';

const PAGES = [
  {
    site: 'ebay',
    file: '2026-12-04-blind-member-messages-mobile.html',
    customer: 'retro_kamera_jan',
    latest: 'Leider hängt der Verschluss bei 1/1000',
    roles: ['customer', 'agent', 'customer'],
  },
  {
    site: 'etsy',
    file: '2026-12-04-blind-new-messages-app.html',
    customer: 'Léa Bernard',
    latest: "le prénom de mon fiancé s'écrit Maël",
    roles: ['customer', 'agent', 'customer', 'agent'],
  },
] as const;

for (const { site, file, customer, latest, roles } of PAGES) {
  test(`a chat log without sender lines is read: ${site}/${file}`, async ({ ext, server }) => {
    const page = await ext.context.newPage();
    await page.goto(server.pageUrl(site, file));
    const panel = await ext.openPanel(page);

    await expect(panel.getByTestId('ticket-customer')).toContainText(customer);
    await expect(panel.getByTestId('latest-message')).toContainText(latest);
    await expect(panel.getByTestId('ticket-card')).toContainText('by the general reader');
    const messages = panel.getByTestId('reading-message');
    await expect(messages).toHaveCount(roles.length);
    for (const [index, role] of roles.entries()) await expect(messages.nth(index)).toHaveAttribute('data-role', role);
  });
}
