import Dexie from 'dexie';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeSecretStore, SECRETS_DB_NAME, storeConnectionsSetting } from '@/lib/connectors/secret-store';
import { button, click, fill, render, settle, unmount, waitFor } from './testing/dom';
import { StoresSection } from './StoresSection';
import { problem, problemMessage } from '@/lib/connectors/problem';

const KEY = 'ck_live_0123456789abcdef';
const SECRET = 'cs_live_fedcba9876543210';

function stubPermissions(granted = true) {
  const request = vi.fn(async () => granted);
  const remove = vi.fn(async () => true);
  Object.assign(browser.permissions, { request, remove, contains: vi.fn(async () => granted) });
  return { request, remove };
}

/** The background's side of "Test connection": records what it was sent, answers a verdict. */
function fakeBackground() {
  const asked: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener(((message: unknown) => {
    asked.push(message);
    return Promise.resolve({
      ok: false,
      kind: 'auth',
      message: problemMessage(problem('storeError.woocommerce.keys', { store: 'WooCommerce (shop.example)' }, { status: 401 })),
      warnings: [],
    });
  }) as never);
  return asked;
}

async function addWooStore(view: HTMLElement) {
  await click(button(view, 'Add a store'));
  await fill(view, 'Platform', 'woocommerce');
  await fill(view, 'Store address', 'https://shop.example');
  await fill(view, 'Consumer key', KEY);
  await fill(view, 'Consumer secret', SECRET);
}

beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  unmount();
  await closeSecretStore();
  await Dexie.delete(SECRETS_DB_NAME);
});

describe('StoresSection', () => {
  it('connects a store: asks for its origin during the click, saves it, and lists it without its keys', async () => {
    const { request } = stubPermissions();
    const view = await render(StoresSection);
    await waitFor(view, '[data-testid=stores]');
    expect(view.querySelector('[data-testid=platform-guide]')).toBeNull();
    await addWooStore(view);
    expect(view.querySelector('[data-testid=platform-guide]')!.textContent).toContain('read-only key');

    const connect = button(view, 'Connect');
    act(() => connect.click());
    // Synchronously inside the click: nothing was awaited before the prompt.
    expect(request).toHaveBeenCalledWith({ origins: ['https://shop.example/*'] });
    await waitFor(view, '[data-testid=stores-status]');

    expect(await storeConnectionsSetting.get()).toEqual([
      { platform: 'demo' },
      {
        platform: 'woocommerce',
        id: 'woocommerce-shop-example',
        label: 'WooCommerce – shop.example',
        url: 'https://shop.example',
        consumerKey: KEY,
        consumerSecret: SECRET,
      },
    ]);
    const row = view.querySelector('[data-store=woocommerce-shop-example]')!;
    expect(row.textContent).toContain('WooCommerce – shop.example');
    expect(view.innerHTML).not.toContain(KEY);
    expect(view.innerHTML).not.toContain(SECRET);
    expect(view.querySelector('[data-testid=stores-status]')!.textContent).toContain('not shown again');
  });

  it('saves nothing when the browser does not allow the store’s origin', async () => {
    stubPermissions(false);
    const view = await render(StoresSection);
    await waitFor(view, '[data-testid=stores]');
    await addWooStore(view);
    await click(button(view, 'Connect'));
    await settle();
    expect(view.textContent).toContain('did not allow Deskpilot to reach https://shop.example/*');
    expect(await storeConnectionsSetting.get()).toEqual([{ platform: 'demo' }]);
  });

  it('tests a connection in the background and shows what is wrong', async () => {
    stubPermissions();
    const asked = fakeBackground();
    const view = await render(StoresSection);
    await waitFor(view, '[data-testid=stores]');
    await addWooStore(view);
    await click(button(view, 'Test connection'));
    await settle();
    expect(asked).toEqual([
      {
        type: 'testStoreConnection',
        connection: { platform: 'woocommerce', url: 'https://shop.example', consumerKey: KEY, consumerSecret: SECRET },
      },
    ]);
    const verdict = view.querySelector('[data-testid=connection-verdict]')!;
    expect(verdict.getAttribute('data-kind')).toBe('auth');
    expect(verdict.textContent).toContain('Sign-in rejected');
    expect(verdict.textContent).toContain('WooCommerce (shop.example) rejected the consumer key and secret');
    expect(verdict.textContent).toContain('(HTTP 401)');
  });

  it('shows saved keys as "saved" when editing, and keeps them unless replaced', async () => {
    stubPermissions();
    await storeConnectionsSetting.set([
      { platform: 'woocommerce', id: 'w', label: 'Shop', url: 'https://shop.example', consumerKey: KEY, consumerSecret: SECRET },
    ]);
    const view = await render(StoresSection);
    await waitFor(view, '[data-testid=stores]');
    await click(button(view, 'Edit'));
    expect(view.querySelectorAll('[data-testid^=saved-]')).toHaveLength(2);
    expect(view.innerHTML).not.toContain(KEY);
    await click(button(view, 'Replace Consumer secret'));
    await fill(view, 'Consumer secret', 'cs_rotated_1111');
    await click(button(view, 'Save'));
    await waitFor(view, '[data-testid=stores-status]');
    expect(await storeConnectionsSetting.get()).toEqual([
      { platform: 'woocommerce', id: 'w', label: 'Shop', url: 'https://shop.example', consumerKey: KEY, consumerSecret: 'cs_rotated_1111' },
    ]);
  });

  it('removes a store, gives its origin back, and switches the demo store back on when none is left', async () => {
    const { remove } = stubPermissions();
    await storeConnectionsSetting.set([
      { platform: 'woocommerce', id: 'w', label: 'Shop', url: 'https://shop.example', consumerKey: KEY, consumerSecret: SECRET },
    ]);
    const view = await render(StoresSection);
    await waitFor(view, '[data-testid=stores]');
    expect(view.querySelector('[data-testid=demo-row]')!.getAttribute('data-on')).toBe('false');
    await click(button(view, 'Remove'));
    await click(button(view, 'Remove'));
    await waitFor(view, '[data-testid=stores-status]');
    expect(remove).toHaveBeenCalledWith({ origins: ['https://shop.example/*'] });
    expect(await storeConnectionsSetting.get()).toEqual([{ platform: 'demo' }]);
    expect(view.querySelector('[data-testid=stores-status]')!.textContent).toContain('no longer has access to https://shop.example/*');
  });
});
