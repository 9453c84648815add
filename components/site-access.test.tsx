import { act } from 'react';
import { renderAsync as render, cleanUp } from '@/components/testing/render';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SiteAccessStatus } from '@/lib/schemas/messages';
import { SiteAccess } from '@/components/site-access';

const PAGE = 'https://helpdesk.example/tickets/2291';
const PATTERN = 'https://helpdesk.example/*';

/** The background's side: answers siteAccess messages from a tiny state, records what it was asked. */
function fakeBackground(initial: Partial<SiteAccessStatus> = {}) {
  const state: SiteAccessStatus = { pattern: PATTERN, granted: false, registered: false, ...initial };
  const asked: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener(((message: { action: string }) => {
    asked.push(message);
    if (message.action === 'enable') Object.assign(state, { granted: true, registered: true });
    if (message.action === 'disable') Object.assign(state, { granted: false, registered: false });
    return Promise.resolve({ ...state });
  }) as never);
  return asked;
}

const buttonNamed = (view: HTMLElement, name: RegExp) => [...view.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));

describe('SiteAccess', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });
  afterEach(cleanUp);

  it('asks the browser for this origin during the click, then has the background register it', async () => {
    const asked = fakeBackground();
    const request = vi.fn(() => Promise.resolve(true));
    browser.permissions.request = request as never;
    const view = await render(<SiteAccess tabId={4} ticketUrl={PAGE} />);
    const allow = buttonNamed(view, /Always read helpdesk\.example/)!;
    expect(allow.disabled).toBe(false);
    await act(async () => allow.click());
    expect(request).toHaveBeenCalledWith({ origins: [PATTERN] });
    expect(asked).toContainEqual({ type: 'siteAccess', action: 'enable', url: PAGE, tabId: 4 });
    expect(view.querySelector('[data-testid=site-access]')!.getAttribute('data-state')).toBe('always');
    expect(view.textContent).toContain('Deskpilot reads helpdesk.example whenever it is open.');
  });

  it('registers nothing when the agent declines the prompt, and says so', async () => {
    const asked = fakeBackground();
    browser.permissions.request = (() => Promise.resolve(false)) as never;
    const view = await render(<SiteAccess tabId={4} ticketUrl={PAGE} />);
    await act(async () => buttonNamed(view, /Always read/)!.click());
    expect(asked.some((message) => (message as { action: string }).action === 'enable')).toBe(false);
    expect(view.querySelector('[role=status]')!.textContent).toMatch(/not given/);
  });

  it('words the background’s reason code from the catalog, and shows no text the background might send', async () => {
    fakeBrowser.runtime.onMessage.addListener((() =>
      Promise.resolve({ pattern: PATTERN, granted: true, registered: true, reason: 'browser-refused', message: 'raw words' })) as never);
    const view = await render(<SiteAccess tabId={4} ticketUrl={PAGE} />);
    await act(async () => buttonNamed(view, /Stop reading this site/)!.click());
    expect(view.querySelector('[role=status]')!.textContent).toBe('The browser refused the change. Try again.');
    expect(view.textContent).not.toContain('raw words');
  });

  it('stops reading a site it reads always', async () => {
    const asked = fakeBackground({ granted: true, registered: true });
    const view = await render(<SiteAccess tabId={4} ticketUrl={PAGE} />);
    await act(async () => buttonNamed(view, /Stop reading this site/)!.click());
    expect(asked).toContainEqual({ type: 'siteAccess', action: 'disable', url: PAGE, tabId: 4 });
    expect(view.querySelector('[data-testid=site-access]')!.getAttribute('data-state')).toBe('on-demand');
  });

  it('explains the context menu while the tab’s address is not visible to Deskpilot', async () => {
    fakeBackground();
    const view = await render(<SiteAccess tabId={999} />);
    expect(view.textContent).toMatch(/Deskpilot: read this page/);
    expect(buttonNamed(view, /Always read/)).toBeUndefined();
  });
});
