/**
 * AI drafts end to end: the agent sets the endpoint up in the options page (the loopback server
 * speaking OpenAI's chat-completions wire format), then drafts on a Gmail ticket. The demo store
 * answers for Emma's #1047 (UPS 1ZA4W68F0386133239).
 */
import { draftAnswer, LOOPBACK_MODEL, startOpenAiServer, type OpenAiServer } from '../servers/openai-server';
import { fillAiEndpoint } from './ai-setup';
import { expect, test } from './fixtures';

const EMMA_THREAD = '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';
const REAL_TRACKING = '1ZA4W68F0386133239';
/** A well-formed UPS number (valid check digit) that is in no order: the model made it up. */
const INVENTED_TRACKING = '1Z999AA10123456784';
const REPLY = `Hi Emma,\n\nthank you for your patience. Your order #1047 is on its way with UPS, tracking number ${INVENTED_TRACKING}. It should arrive within two days.\n\nBest regards`;

let ai: OpenAiServer;
test.beforeAll(async () => {
  ai = await startOpenAiServer();
});
test.afterAll(() => ai.close());

test('configured in options, a draft streams in and the invented tracking number is highlighted; failures leave the templates', async ({
  ext,
  server,
}) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const form = await fillAiEndpoint(options, ai, 'sk-not-the-key');
  const status = form.getByTestId('ai-settings-status');
  await form.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(status).toHaveText('Test failed: the API key was rejected (401); check it in Settings.');
  await form.getByLabel('API key').fill(ai.apiKey);
  await form.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(status).toHaveText(`Connected. Model "${LOOPBACK_MODEL}" is available.`);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(status).toContainText('Saved');
  await expect(form.getByTestId('saved-ai-api-key')).toBeVisible();
  expect(await options.content()).not.toContain(ai.apiKey);

  // Small chunks with a pause between them, so the text is seen arriving.
  ai.setScenario({ ...draftAnswer(REPLY, [{ kind: 'tracking_number', value: INVENTED_TRACKING }]), chunkSize: 8, delayMs: 25 });
  const page = await ext.context.newPage();
  await page.goto(server.pageUrl('gmail', '2026-11-24-app.html', EMMA_THREAD));
  const panel = await ext.openPanel(page);
  const card = panel.getByTestId('ai-draft');
  await card.getByRole('button', { name: 'Draft with AI' }).click();
  await expect(card.getByTestId('ai-draft-streaming')).toContainText('Hi Emma');

  const flagged = card.locator('mark.unverified[data-kind=tracking_number]');
  await expect(flagged).toHaveText(INVENTED_TRACKING);
  await expect(card.getByTestId('unverified-summary')).toContainText('tracking number');
  await expect(card.locator('mark.unverified', { hasText: '#1047' })).toHaveCount(0);
  expect(ai.requests.at(-1)?.model).toBe(LOOPBACK_MODEL);
  // The order's real tracking number went to the model as a fact, not the invented one.
  expect(JSON.stringify(ai.requests.at(-1)?.messages)).toContain(REAL_TRACKING);

  for (const [scenario, words] of [
    [{ kind: 'status', status: 401 }, 'the API key was rejected (401)'],
    [{ kind: 'status', status: 500 }, 'the AI service had an error (500)'],
  ] as const) {
    ai.setScenario(scenario);
    await card.getByRole('button', { name: /Redraft|Try again/ }).click();
    await expect(card.getByTestId('ai-draft-error')).toContainText(`AI draft unavailable: ${words}`);
    await expect(card.getByTestId('ai-draft-error')).toContainText('showing templates');
    await expect(panel.getByTestId('suggestion').first().getByTestId('rendered')).toContainText(REAL_TRACKING);
  }
});
