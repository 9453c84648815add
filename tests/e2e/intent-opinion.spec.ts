/**
 * The AI's second opinion on an unsure ticket, end to end: with an endpoint saved in Settings,
 * a Gmail ticket the local model reads with confidence asks no one; once the customer's message
 * becomes one it is unsure of, the panel asks the loopback model (its intent task answers by
 * keyword: "facture" → invoice), the badge says the AI decided, and an invoice reply leads.
 */
import { startOpenAiServer, type OpenAiServer } from '../servers/openai-server';
import { saveAiEndpoint } from './ai-setup';
import { expect, test } from './fixtures';

const EMMA_THREAD = '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';
/**
 * The local model's best guess for this is a product question, unsure (about 0.2): the AI's keyword
 * "factura" makes it an invoice. (Since the eighth and ninth classifier passes the local model reads
 * "facture" alone as an invoice, so the earlier message no longer left it unsure of something else.)
 */
const UNSURE_MESSAGE = 'Same problem as in March, the amount is off again (ref. factura 2211)';
const intentAsks = (ai: OpenAiServer) => ai.requests.filter((r) => r.messages.some((m) => m.content.includes('TASK: intent')));

let ai: OpenAiServer;
test.beforeAll(async () => {
  ai = await startOpenAiServer({ scenario: { kind: 'tasks' } });
});
test.afterAll(() => ai.close());

test('an unsure ticket gets the AI second opinion, the badge says who decided and the replies follow it', async ({ ext, server }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await saveAiEndpoint(options, ai);

  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', '2026-11-24-app.html', EMMA_THREAD));
  const panel = await ext.openPanel(page);
  const badge = panel.getByTestId('intent');
  await expect(badge).toHaveAttribute('data-intent', 'where_is_my_order');
  await expect(panel.getByTestId('suggestion').first()).toBeVisible();
  expect(intentAsks(ai)).toHaveLength(0);
  await expect(badge.getByTestId('intent-decided-by')).toHaveCount(0);

  // The customer's latest message is rewritten in the page; the content script reads it again.
  await page.evaluate((text) => {
    const bodies = document.querySelectorAll('div.a3s');
    bodies[bodies.length - 1]!.textContent = text;
  }, UNSURE_MESSAGE);
  await expect(badge).toHaveAttribute('data-decided-by', 'ai');
  await expect(badge).toHaveAttribute('data-intent', 'invoice');
  await expect(badge.getByTestId('intent-decided-by')).toHaveText('decided by the AI model (the local model was unsure)');
  await expect(panel.getByTestId('suggestion').first()).toHaveAttribute('data-template', /^starter\.invoice\./);
  expect(intentAsks(ai)).toHaveLength(1);
  // The customer's text went as fenced data.
  expect(JSON.stringify(intentAsks(ai)[0]!.messages)).toContain('=====BEGIN MESSAGE');
});
