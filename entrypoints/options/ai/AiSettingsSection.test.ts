import Dexie from 'dexie';
import { act, createElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AI_SECRETS_DB_NAME, aiSettingsSetting, closeAiSettingsDatabase } from '@/lib/suggest/ai/settings-store';
import { LOOPBACK_MODEL, startOpenAiServer, type OpenAiServer } from '@/tests/servers/openai-server';
import { button, click, fill, render, settle, unmount, waitFor } from '../stores/testing/dom';
import { AiSettingsSection } from './AiSettingsSection';

let server: OpenAiServer;
beforeAll(async () => {
  server = await startOpenAiServer();
});
afterAll(() => server.close());

function stubPermissions(granted = true) {
  const request = vi.fn(async () => granted);
  Object.assign(browser.permissions, { request, contains: vi.fn(async () => granted), remove: vi.fn(async () => true) });
  return request;
}

const withQueryClient = (child: React.ReactElement) => createElement(QueryClientProvider, { client: new QueryClient() }, child);
const status = (view: HTMLElement) => view.querySelector('[data-testid=ai-settings-status]')?.textContent ?? '';

async function configure(view: HTMLElement, apiKey: string) {
  await click(view.querySelector<HTMLInputElement>('input[type=checkbox]')!);
  await fill(view, 'Base URL', server.baseUrl);
  await fill(view, 'API key', apiKey);
  await fill(view, 'Model', LOOPBACK_MODEL);
}

beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  unmount();
  closeAiSettingsDatabase();
  await Dexie.delete(AI_SECRETS_DB_NAME);
});

describe('AiSettingsSection', () => {
  it('asks for the endpoint’s origin during the Save click, saves, and never shows the key again', async () => {
    const request = stubPermissions();
    const view = await render(AiSettingsSection, withQueryClient);
    await waitFor(view, '[data-testid=ai-settings]');
    await configure(view, server.apiKey);
    act(() => button(view, 'Save').click());
    expect(request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    await waitFor(view, '[data-testid=saved-ai-api-key]');
    expect(await aiSettingsSetting.get()).toMatchObject({
      baseUrl: server.baseUrl,
      apiKey: server.apiKey,
      model: LOOPBACK_MODEL,
      enabled: true,
      prices: {},
    });
    expect(status(view)).toContain('Saved');
    expect(view.querySelector('[data-testid=saved-ai-api-key]')).not.toBeNull();
    expect(view.innerHTML).not.toContain(server.apiKey);
  });

  it('saves nothing when the browser refuses the origin', async () => {
    stubPermissions(false);
    const view = await render(AiSettingsSection, withQueryClient);
    await waitFor(view, '[data-testid=ai-settings]');
    await configure(view, server.apiKey);
    await click(button(view, 'Save'));
    await settle();
    expect(status(view)).toContain('did not allow Deskpilot to reach http://127.0.0.1/*');
    expect((await aiSettingsSetting.get()).enabled).toBe(false);
  });

  it('tests the settings against the server and says what is wrong', async () => {
    stubPermissions();
    const view = await render(AiSettingsSection, withQueryClient);
    await waitFor(view, '[data-testid=ai-settings]');
    await configure(view, 'sk-wrong');
    await click(button(view, 'Test'));
    await settle(200);
    expect(status(view)).toBe('Test failed: the API key was rejected (401); check it in Settings.');
    await fill(view, 'API key', server.apiKey);
    await click(button(view, 'Test'));
    await settle(200);
    expect(status(view)).toBe(`Connected. Model "${LOOPBACK_MODEL}" is available.`);
  });

  it('shows the hint of the server a preset fills in', async () => {
    const view = await render(AiSettingsSection, withQueryClient);
    await waitFor(view, '[data-testid=ai-settings]');
    await click(button(view, 'Ollama'));
    expect((view.querySelector('#ai-base-url') as HTMLInputElement).value).toBe('http://localhost:11434/v1');
    expect(view.querySelector('[data-testid=ai-preset-hint]')!.textContent).toContain('no key needed');
  });
});
