import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportPageButton } from '@/components/report-page-button';
import type { SnapshotResponse } from '@/lib/schemas/snapshot-messages';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

async function clickReport(answer: () => Promise<SnapshotResponse>): Promise<{ container: HTMLElement; downloads: string[] }> {
  const downloads: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<ReportPageButton requestSnapshot={answer} />));
  await act(async () => container.querySelector('button')!.click());
  return { container, downloads };
}

describe('ReportPageButton', () => {
  it('downloads the snapshot and its expected ticket under their fixture names', async () => {
    const files = [
      { path: 'tests/fixtures/sites/zendesk/2026-12-04-busy-page.html', contents: '<!doctype html>' },
      { path: 'tests/fixtures/sites/zendesk/2026-12-04-busy-page.expected.json', contents: '{}' },
    ];
    const { container, downloads } = await clickReport(async () => ({ ok: true, files }));
    expect(downloads).toEqual(['2026-12-04-busy-page.html', '2026-12-04-busy-page.expected.json']);
    expect(container.querySelector('[role=status]')!.textContent).toMatch(/names, addresses and numbers are replaced/);
  });

  it("shows the page's reason, or that it did not answer, and downloads nothing", async () => {
    const refused = await clickReport(async () => ({ ok: false, reason: 'no-conversation' }));
    expect(refused.downloads).toEqual([]);
    expect(refused.container.querySelector('[role=status]')!.textContent).toBe(
      'Deskpilot found no conversation on this page. Open the ticket and try again.',
    );
    act(() => root?.unmount());
    const silent = await clickReport(() => Promise.reject(new Error('Could not establish connection')));
    expect(silent.container.querySelector('[role=status]')!.textContent).toMatch(/did not answer/);
  });
});
