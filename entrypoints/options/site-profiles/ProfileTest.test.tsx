import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { byTestId, buttonNamed, press, renderSection, unmountSection, until } from '@/components/template-library/testing/dom';
import { testProfileInTab } from '@/lib/profiles/test-in-tab';
import { PackSchema } from '@/lib/schemas/pack';
import type { Thread } from '@/lib/schemas/ticket';
import type { SiteProfile } from '@/lib/sites/profile/types';
import { ProfileTest } from './ProfileTest';

vi.mock('@/lib/profiles/test-in-tab', () => ({ testProfileInTab: vi.fn() }));

const pack = PackSchema.parse(JSON.parse(readFileSync('tests/fixtures/packs/2026-12-04-zendesk-profile.pack.json', 'utf8')));
const profile = (pack.siteProfiles as SiteProfile[])[0]!;
const thread: Thread = {
  site: 'zendesk',
  url: 'https://northwind.zendesk.com/agent/tickets/4822',
  subject: 'Parcel stuck in customs',
  customer: { name: 'Chloé Dubois' },
  messages: [{ author: { name: 'Chloé Dubois' }, role: 'customer', text: 'Any news on my parcel?' }],
  confidence: 0.6,
  reader: 'profile',
  profileId: profile.id,
};

/** Settings' "Test on this page" on a tab, answering with `read` as the content script would. */
async function testWith(read: Thread): Promise<HTMLElement> {
  vi.mocked(testProfileInTab).mockResolvedValue({ ok: true, result: { findings: [], thread: read } });
  browser.tabs.query = vi.fn(async () => [{ id: 7, title: 'Ticket #4822', url: read.url }]) as unknown as typeof browser.tabs.query;
  const view = await renderSection(() => <ProfileTest profile={profile} />);
  await until(() => view.querySelector('option'));
  await press(buttonNamed(view, 'Test on this page'));
  await until(() => byTestId(view, 'profile-test-thread'));
  return view;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  unmountSection();
  vi.restoreAllMocks();
});

describe("Settings' test on this page, on a read the page-read budget stopped", () => {
  it('says in plain words where it stopped and what to check', async () => {
    const view = await testWith({ ...thread, stoppedAfter: 1, earlierMessages: 240 });
    expect(byTestId(view, 'profile-test-stopped')?.textContent).toBe(
      'Stopped after 1 message: the page is large; check the latest message.',
    );
  });

  it('says nothing of it on a whole read', async () => {
    const view = await testWith(thread);
    expect(byTestId(view, 'profile-test-thread')?.textContent).toContain('60% sure');
    expect(byTestId(view, 'profile-test-stopped')).toBeNull();
  });
});
