import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StoreFailureCard } from '@/components/store-failure';
import { problem } from '@/lib/connectors/problem';
import { bigCommerceStore } from '@/lib/connectors/store-name';
import { I18nProvider } from '@/lib/i18n/i18n-context';
import type { ConnectorFailure } from '@/lib/messaging';
import { uiLanguageSetting } from '@/lib/settings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

async function show(failure: ConnectorFailure, language: 'ko' | 'de' | 'en'): Promise<HTMLElement> {
  fakeBrowser.reset();
  await uiLanguageSetting.set(language);
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root!.render(
      <QueryClientProvider client={new QueryClient()}>
        <I18nProvider>
          <StoreFailureCard failure={failure} />
        </I18nProvider>
      </QueryClientProvider>,
    ),
  );
  await vi.waitFor(async () => {
    await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(host.querySelector('[data-testid=store-error]')).not.toBeNull();
  });
  return host.querySelector<HTMLElement>('[data-testid=store-error]')!;
}

const REFUSED: ConnectorFailure = {
  connectorId: 'bigcommerce',
  label: 'Kiefer & Co',
  kind: 'auth',
  message:
    'BigCommerce (store k7x3mq9p) rejected the access token: copy it again from Settings › API › Store-level API accounts. (HTTP 401)',
  problem: problem(
    'storeError.bigcommerce.token',
    { store: bigCommerceStore({ storeHash: 'k7x3mq9p' }) },
    { status: 401, said: 'Unauthorized' },
  ),
};

describe('StoreFailureCard', () => {
  it("says what went wrong in the agent's language, not the store's English", async () => {
    const card = await show(REFUSED, 'ko');
    // The store's name too: "store" is Deskpilot's word, the hash is data.
    expect(card.textContent).toContain('BigCommerce(스토어 k7x3mq9p)에서 액세스 토큰을 거부했습니다.');
    expect(card.textContent).toContain('(HTTP 401)');
    expect(card.textContent).toContain('스토어 응답: "Unauthorized"');
    expect(card.textContent).not.toContain('rejected the access token');
  });

  it('quotes the message inside a German sentence when there is no code, never shows it bare', async () => {
    const { problem: _code, ...plain } = REFUSED;
    const card = await show(plain, 'de');
    expect(card.querySelector('p')?.textContent).toBe(`Mitgelieferte Meldung: „${REFUSED.message}“`);
  });
});
