/**
 * Rewrite, translate and summarise, private by default, end to end: a Spanish-speaking customer
 * (Emma's thread, her latest message rewritten in Spanish with two phone numbers) and the loopback
 * OpenAI-compatible server answering from the request itself (tests/servers/openai-tasks.ts), with
 * a translation that slips one amount. The server records every request it receives: none may
 * hold the customer's name, email address or phone numbers.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { startFixtureServer, type FixtureServer } from '../servers/fixture-server';
import { startOpenAiServer, type OpenAiServer } from '../servers/openai-server';
import { saveAiEndpoint } from './ai-setup';
import { expect, test } from './fixtures';

const EMMA_THREAD = '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';
const SPANISH_PAGE = '/sites/gmail/2026-12-04-spanish-customer.html';
const PHONES = ['010-1234-5678', '+49 151 23456789'];
const SPANISH_MESSAGE = `<div>Hola Ava,</div><div><br></div><div>recibí el correo de envío el viernes, pero mi pedido #1047 todavía no ha llegado y el seguimiento de UPS no cambia desde el sábado. ¿Dónde está mi pedido? Es un regalo de cumpleaños y lo necesito antes del fin de semana.</div><div><br></div><div>Si hace falta, pueden llamarme al ${PHONES[0]} o al ${PHONES[1]}.</div><div><br></div><div>Gracias,</div><div>Emma Schneider</div></div>`;

function spanishPage(): string {
  const page = readFileSync('tests/fixtures/sites/gmail/2026-11-24-app.html', 'utf8');
  const start = page.indexOf('<div>Hi Ava,</div>');
  const end = page.indexOf('<div>Emma</div></div>', start) + '<div>Emma</div></div>'.length;
  if (start < 0 || end < start) throw new Error("the Gmail fixture changed: Emma's latest message was not found");
  return page.slice(0, start) + SPANISH_MESSAGE + page.slice(end);
}

let ai: OpenAiServer;
let pages: FixtureServer;
test.beforeAll(async () => {
  ai = await startOpenAiServer({
    scenario: {
      kind: 'tasks',
      slipAmount: true,
      draft: { reply: 'Hola [CUSTOMER_FIRST_NAME_1], tu pedido #1047 está en camino con UPS.', facts_used: [] },
    },
  });
  pages = await startFixtureServer({ [SPANISH_PAGE]: spanishPage() });
});
test.afterAll(async () => {
  await ai.close();
  await pages.close();
});

async function configureAi(options: Page) {
  await saveAiEndpoint(options, ai, async (form) => {
    await form.getByLabel('Input', { exact: true }).fill('0.5');
    await form.getByLabel('Output', { exact: true }).fill('1.5');
  });
  const voice = options.getByTestId('team-voice');
  await voice.getByLabel('Tone').fill('warm and brief');
  await voice.getByLabel('Words to avoid (one per line)').fill('camino');
  await voice.getByRole('button', { name: 'Save voice' }).click();
  await expect(voice.getByTestId('team-voice-status')).toContainText('Saved');
}

test('Translate on a Spanish ticket highlights the changed amount; nothing personal reaches the model', async ({ ext }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await configureAi(options);

  const page = await ext.context.newPage();
  await page.goto(`${pages.origin}${SPANISH_PAGE}${EMMA_THREAD}`);
  const panel = await ext.openPanel(page);
  const card = panel.getByTestId('suggestion').first();
  await expect(card).toBeVisible();

  // An edited reply that states the order's real total, then translated by a model that slips.
  await card.locator('[data-action=edit]').click();
  const editor = card.getByLabel('Edit the reply before inserting');
  await editor.fill(`${await editor.inputValue()}\nThe total was $197.00.`);
  await card.getByRole('button', { name: 'Translate to Spanish' }).click();
  const result = card.getByTestId('rewrite-result');
  await expect(result).toContainText('El total fue');
  const changed = result.locator('mark.changed[data-kind=amount]');
  await expect(changed).toHaveText('$179,00');
  await expect(changed).toHaveAttribute('title', /was \$197\.00/);
  await expect(result.getByTestId('rewrite-facts')).toContainText('amount $179,00 (was $197.00)');

  await result.getByRole('button', { name: 'Use this' }).click();
  await expect(editor).toHaveValue(/El total fue \$179,00\./);
  // The card's own fact check now flags the amount that is in no order.
  await expect(card.getByTestId('unverified-summary')).toContainText('amount');

  await card.getByRole('button', { name: 'Translate back' }).click();
  await expect(card.getByTestId('read-back')).toContainText('The total was $179.00');
  await expect(card.getByTestId('read-back')).toContainText('not inserted');

  // A draft and a summary send the customer's own message: still no personal data leaves.
  const draft = panel.getByTestId('ai-draft');
  await draft.getByRole('button', { name: 'Draft with AI' }).click();
  await expect(draft.getByTestId('fact-highlight')).toContainText('Hola Emma, tu pedido #1047');
  await expect(draft.getByTestId('ai-usage')).toContainText(/[\d,]+ tokens \([\d,]+ in, [\d,]+ out\), about \$[\d.,]+ \(estimate\)/);
  // The team avoids "camino": the draft that uses it says so.
  await expect(draft.getByTestId('voice-findings')).toContainText('"camino", which your team avoids');
  const draftRequest = ai.requests.find((request) => !/TASK: /.test(request.messages[0]!.content))!;
  expect(draftRequest.messages[0]!.content).toContain('Brand voice: warm and brief.');
  expect(draftRequest.messages[0]!.content).toContain('Never use these words or phrases: "camino".');

  const summary = panel.getByTestId('thread-summary');
  await summary.getByRole('button', { name: 'Summarise thread' }).click();
  const points = summary.getByTestId('summary-point');
  await expect(points.first()).toBeVisible();
  const count = await points.count();
  // The last point cites a message that does not exist: its citation was dropped.
  await expect(points.nth(count - 1).getByTestId('summary-uncited')).toBeVisible();
  await points.last().locator('..').locator('button.citation').last().click();
  await expect(summary.getByTestId('cited-message')).toContainText(/llamarme|Emma|Hola|pedido|order/);

  // Settings shows what a draft for the open ticket would send: placeholders, not the customer.
  await options.reload();
  const preview = options.getByTestId('ai-payload-preview');
  await preview.locator('summary').click();
  await expect(preview.getByTestId('ai-payload')).toContainText('[CUSTOMER_FIRST_NAME_1]');
  await expect(preview.getByTestId('ai-payload')).toContainText('[PHONE_1]');
  await expect(preview.getByTestId('ai-payload')).not.toContainText('Schneider');
  await expect(preview.getByTestId('ai-payload')).not.toContainText(PHONES[0]!);
  await expect(preview.getByTestId('ai-payload-replaced')).toContainText(PHONES[0]!);

  const tasks = ai.requests.map((request) => /TASK: (\w+)/.exec(request.messages[0]!.content)?.[1] ?? 'draft');
  expect(tasks).toEqual(expect.arrayContaining(['translate', 'translate_back', 'draft', 'summary']));
  const received = JSON.stringify(ai.requests.map((request) => request.messages));
  for (const personal of ['emma.schneider@example.com', 'Emma', 'Schneider', ...PHONES, '23456789', '1234-5678']) {
    expect(received, `the model received ${personal}`).not.toContain(personal);
  }
  expect(received).toContain('[CUSTOMER_FIRST_NAME_1]');
  expect(received).toContain('[PHONE_1]');
});
