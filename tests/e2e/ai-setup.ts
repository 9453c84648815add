/** Settings → AI filled and saved the way an agent does it, for the specs that need an endpoint. */
import type { Page } from '@playwright/test';
import { LOOPBACK_MODEL, type OpenAiServer } from '../servers/openai-server';
import { expect } from './fixtures';

export async function saveAiEndpoint(options: Page, ai: OpenAiServer): Promise<void> {
  const form = options.getByTestId('ai-settings');
  await form.getByLabel('Offer AI drafts in the panel').check();
  await form.getByLabel('Base URL').fill(ai.baseUrl);
  await form.getByLabel('API key').fill(ai.apiKey);
  await form.getByLabel('Model').fill(LOOPBACK_MODEL);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByTestId('ai-settings-status')).toContainText('Saved');
}
