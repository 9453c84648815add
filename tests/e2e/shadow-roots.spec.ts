import { expect, test } from './fixtures';

/**
 * A helpdesk built of web components (as Salesforce's LWC pages are) renders its case header and
 * message feed inside shadow roots, delivered as declarative `<template shadowrootmode="open">` that
 * Chromium attaches at parse: nothing of the conversation is in the light DOM the page observer and
 * querySelector see. The panel must show the ticket, and a reply the feed component adds later inside
 * its root must reach the panel too. The page is written here, in its own words.
 */
const FIRST_WORDS = 'The standing desk I ordered wobbles on its left leg';
const LATER_WORDS = 'I tightened every screw as you said and it still wobbles';

const post = (name: string, address: string, time: string, text: string) => `
  <li class="feed-item"><div class="item-head"><span class="actor">${name}</span> &lt;${address}&gt; · <time datetime="${time}">${time.slice(0, 10)}</time></div>
    <div class="item-body">${text}</div></li>`;

const casePage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Case 7731: Desk wobbles | Console</title></head>
<body>
<desk-case-view>
  <template shadowrootmode="open">
    <div class="case-head"><h1 class="case-title">Desk wobbles</h1></div>
    <desk-case-feed>
      <template shadowrootmode="open">
        <ul class="feed">${post('Oskar Brandt', 'oskar.brandt@example.net', '2026-12-04T10:15:00Z', `Hello, ${FIRST_WORDS}. Can you help?`)}
        ${post('Desk Co Support', 'help@deskco.example', '2026-12-04T12:40:00Z', 'Sorry about that! Please tighten the four screws under the leg and tell us if it helps.')}</ul>
      </template>
    </desk-case-feed>
  </template>
</desk-case-view>
<script>
  window.addReply = () => {
    const feed = document.querySelector('desk-case-view').shadowRoot.querySelector('desk-case-feed').shadowRoot.querySelector('ul');
    feed.insertAdjacentHTML('beforeend', ${JSON.stringify(post('Oskar Brandt', 'oskar.brandt@example.net', '2026-12-05T08:05:00Z', `${LATER_WORDS}, what now?`))});
  };
</script>
</body></html>`;

test('reads a case whose messages are inside open shadow roots, and a reply added in them later', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  const url = server.pageUrl('zendesk', '2026-12-06-shadow-root-case.html');
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: casePage }));
  await page.goto(url);
  const panel = await ext.openPanel(page);
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Desk wobbles');
  await expect(panel.getByTestId('ticket-customer')).toContainText('Oskar Brandt');
  await expect(panel.getByTestId('latest-message')).toContainText(FIRST_WORDS);

  await page.evaluate(() => (window as unknown as { addReply: () => void }).addReply());
  await expect(panel.getByTestId('latest-message')).toContainText(LATER_WORDS);
});
