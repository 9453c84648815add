import { expect, test } from './fixtures';

/**
 * Zendesk (and Front) show an HTML mail inside `<iframe srcdoc>`, and the app may fill the frame
 * after the page has loaded and been read. Filling it changes only the frame's attribute in the main
 * document, and the frame's document arrives later, at its `load`: the panel must still end up with
 * the customer's words from the frame, not keep the first read (no message, so no ticket). The page
 * is written here; the test fills the frame, as the app's script would, once the panel has read it.
 */
const CUSTOMER_WORDS = 'The teapot I ordered (order #1047) arrived with a cracked lid';

const ticketPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Cracked teapot lid – Ticket #5120 – Zendesk</title></head>
<body>
<div data-ticket-id="5120" data-entity-id="5120">
  <div data-test-id="ticket-system-field-requester-menu"><label>Requester</label> <span data-test-id="ticket-system-field-requester-name">Maren Lindqvist</span></div>
  <input data-test-id="omni-header-subject" aria-label="Subject" value="Cracked teapot lid">
  <div data-test-id="omni-log-container" role="log">
    <article data-test-id="omni-log-comment-item">
      <span data-test-id="omni-log-item-sender"><a data-test-id="omni-log-comment-user-link" href="/agent/users/7001">Maren Lindqvist</a></span>
      <time data-test-id="timestamp-relative" datetime="2026-12-05T09:12:00.000Z">Dec 5</time>
      <div data-test-id="omni-log-item-message" type="end-user"><div data-test-id="omni-log-message-content">
        <iframe id="mail-body" title="Message"></iframe>
      </div></div>
    </article>
  </div>
  <section data-test-id="customer-context"><h3>Maren Lindqvist</h3><a data-test-id="customer-context-email" href="mailto:maren.lindqvist@example.com">maren.lindqvist@example.com</a></section>
</div>
<script>
  window.showMailBody = () => {
    document.getElementById('mail-body').srcdoc =
      '<p>Hello,</p><p>${CUSTOMER_WORDS}. Could you send a replacement?</p><p>Maren</p>';
  };
</script>
</body></html>`;

test("reads a customer's message whose body arrives late in a srcdoc frame", async ({ ext, server }) => {
  const page = await ext.context.newPage();
  const url = server.pageUrl('zendesk', '2026-12-06-late-srcdoc-frame.html');
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: ticketPage }));
  await page.goto(url);
  const panel = await ext.openPanel(page);
  // The first read: the only message has no words yet.
  await expect(panel.getByTestId('no-ticket')).toBeVisible();

  await page.evaluate(() => (window as unknown as { showMailBody: () => void }).showMailBody());
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Cracked teapot lid');
  await expect(panel.getByTestId('latest-message')).toContainText(CUSTOMER_WORDS);
});
