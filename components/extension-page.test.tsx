import { act } from 'react';
import { QueryClient, useQueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { uiLanguageSetting } from '@/lib/settings';
import { useI18n } from '@/lib/i18n/i18n-context';
import { mountExtensionPage } from './extension-page';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What the page gives its app: the interface language, and whether the query client is the one passed in. */
function Probe({ client }: { client: QueryClient }) {
  const sameClient = useQueryClient() === client;
  return <p>{`${useI18n().locale} ${sameClient ? 'same client' : 'another client'}`}</p>;
}

let unmount = () => {};
afterEach(() => {
  unmount();
  document.body.innerHTML = '';
  fakeBrowser.reset();
});

describe('an extension page mounted', () => {
  it("renders the app in #root with the page's query client, in the language chosen in Settings", async () => {
    await uiLanguageSetting.set('de');
    document.body.innerHTML = '<div id="root"></div>';
    const client = new QueryClient();
    const root = await act(async () => mountExtensionPage(<Probe client={client} />, client));
    unmount = () => act(() => root?.unmount());
    await vi.waitFor(() => expect(document.getElementById('root')!.textContent).toBe('de same client'));
    expect(document.documentElement.lang).toBe('de');
  });

  it('renders nothing on a page without #root', () => {
    document.body.innerHTML = '<main></main>';
    expect(mountExtensionPage(<p>never</p>)).toBeNull();
    expect(document.body.textContent).toBe('');
  });
});
