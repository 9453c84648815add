/**
 * Team packs in the e2e suites: a pack in the deskpilot.pack/v1 wire shape, and the options page's
 * steps an agent takes with one (in the English interface): subscribe, read and edit a template,
 * check for an update.
 */
import { expect, type Page } from '@playwright/test';
import type { ExtensionBrowser } from '../harness/chromium';

export const teamReply = (id: string, title: string, body: string, intents: string[], language = 'en') => ({
  id,
  title,
  body,
  intents,
  language,
  sites: [],
  tags: ['team'],
});

export const teamPack = (version: string, templates: ReturnType<typeof teamReply>[], name = 'Team support') => ({
  format: 'deskpilot.pack/v1',
  id: 'team.support',
  name,
  version,
  updatedAt: '2026-11-24T09:00:00Z',
  templates,
});

export async function openOptions(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(page.getByTestId('library-count')).toContainText('templates');
  return page;
}

export async function subscribeTo(page: Page, url: string): Promise<void> {
  const section = page.getByTestId('pack-subscriptions');
  await section.getByLabel('Pack address').fill(url);
  await section.getByRole('button', { name: 'Subscribe', exact: true }).click();
  await expect(page.getByTestId('subscription-status')).toContainText('Subscribed');
}

/** Ids of the library's templates from the team pack, as listed. */
export async function teamTemplateIds(page: Page): Promise<string[]> {
  const ids = await page.getByTestId('library-template').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-template') ?? ''));
  return ids.filter((id) => id.startsWith('team.')).sort();
}

const row = (page: Page, id: string) => page.locator(`[data-testid=library-template][data-template="${id}"]`);

export async function bodyOf(page: Page, id: string): Promise<string> {
  await row(page, id)
    .getByRole('button', { name: /^Edit / })
    .click();
  const body = await page.getByTestId('template-body').inputValue();
  await page.getByTestId('template-editor').getByRole('button', { name: 'Cancel' }).click();
  return body;
}

export async function editBody(page: Page, id: string, body: string): Promise<void> {
  await row(page, id)
    .getByRole('button', { name: /^Edit / })
    .click();
  await page.getByTestId('template-body').fill(body);
  await page.getByTestId('template-editor').getByRole('button', { name: 'Save' }).click();
  await expect(row(page, id).getByTestId('locally-modified')).toBeVisible();
}

export async function checkNow(page: Page, url: string): Promise<void> {
  await page.locator(`[data-testid=pack-subscription][data-url="${url}"]`).getByRole('button', { name: 'Check now' }).click();
  await expect(page.getByTestId('subscription-status')).toContainText('Updated team.support to version 1.1.0');
}
