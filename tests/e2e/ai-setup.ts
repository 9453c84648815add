/** Settings → AI filled and saved the way an agent does it, for the specs that need an endpoint. */
import type { Locator, Page } from '@playwright/test';
import { LOOPBACK_MODEL, type OpenAiServer } from '../servers/openai-server';
import { expect } from './fixtures';

/** Fills the form without saving, so a spec can test the key first; returns the form. */
export async function fillAiEndpoint(options: Page, ai: OpenAiServer, apiKey = ai.apiKey): Promise<Locator> {
  const form = options.getByTestId('ai-settings');
  await form.getByLabel('Offer AI drafts in the panel').check();
  await form.getByLabel('Base URL').fill(ai.baseUrl);
  await form.getByLabel('API key').fill(apiKey);
  await form.getByLabel('Model').fill(LOOPBACK_MODEL);
  return form;
}

/** Fills and saves the form; `fillMore` sets other fields of the same form (prices) before Save. */
export async function saveAiEndpoint(options: Page, ai: OpenAiServer, fillMore?: (form: Locator) => Promise<void>): Promise<void> {
  const form = await fillAiEndpoint(options, ai);
  await fillMore?.(form);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByTestId('ai-settings-status')).toContainText('Saved');
}
