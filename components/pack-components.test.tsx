import { act } from 'react';
import { render, cleanUp, unmount } from '@/components/testing/render';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PackDeletionConfirm } from '@/components/pack-deletion-confirm';
import { PackIssues } from '@/components/pack-issues';
import { PackSubscriptionRow } from '@/components/pack-subscription-row';
import type { PackSubscription } from '@/lib/templates/db';
import { PackUpdateDiff } from '@/components/pack-update-diff';
import { lineDiff } from '@/lib/packs/updates';
import { packText } from '@/lib/packs/pack-text';

function button(container: HTMLElement, label: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

afterEach(cleanUp);

describe('pack components', () => {
  it('PackUpdateDiff shows the diff as text with markers and wires both choices', () => {
    const local = 'Hi,\n<b>mine</b>';
    const incoming = 'Hi,\ntheirs';
    const onAccept = vi.fn();
    const onKeep = vi.fn();
    const view = render(
      <PackUpdateDiff
        update={{
          templateId: 't',
          title: 'Where is it',
          packId: 'acme',
          packVersion: '2.0.0',
          local,
          incoming,
          diff: lineDiff(local, incoming),
        }}
        onAccept={onAccept}
        onKeep={onKeep}
      />,
    );
    const lines = [...view.querySelectorAll('.diff-line')];
    expect(lines.map((l) => l.lastChild?.textContent)).toEqual(['  Hi,', '− <b>mine</b>', '+ theirs']);
    // A screen reader hears what each line is, not only a marker.
    expect(lines.map((l) => l.querySelector('.sr-only')?.textContent)).toEqual([
      'unchanged line: ',
      'line only in your version: ',
      "line only in the pack's version: ",
    ]);
    expect(view.querySelector('b')).toBeNull(); // markup in a body stays text
    act(() => button(view, "Use the pack's version").click());
    act(() => button(view, 'Keep mine').click());
    expect([onAccept.mock.calls.length, onKeep.mock.calls.length]).toEqual([1, 1]);
  });

  it('PackDeletionConfirm lists what goes and what stays before confirming', () => {
    const onConfirm = vi.fn();
    const view = render(
      <PackDeletionConfirm
        plan={{
          packId: 'acme',
          packName: 'Acme replies',
          remove: [
            { id: 'a', title: 'A' },
            { id: 'b', title: 'B' },
          ],
          keep: [{ id: 'c', title: 'C' }],
          subscriptions: ['https://p.example/a.json'],
        }}
        onConfirm={onConfirm}
        onCancel={() => undefined}
      />,
    );
    expect(view.textContent).toContain('Delete the pack “Acme replies”?');
    expect(view.textContent).toContain('2 templates you never changed will be deleted.');
    expect(view.textContent).toContain('1 template you edited will be kept:');
    expect(onConfirm).not.toHaveBeenCalled();
    act(() => button(view, 'Delete pack').click());
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('PackIssues names template and field; nothing when there are no issues', () => {
    const view = render(
      <PackIssues issues={[{ templateIndex: 0, templateId: 'a', field: 'body', problem: packText('packs.problem.empty') }]} />,
    );
    expect(view.querySelector('li')?.textContent).toBe('Template 1 (index 0, id "a"): field "body" must not be empty');
    expect(render(<PackIssues issues={[]} />).innerHTML).toBe('');
  });

  it('PackSubscriptionRow shows the last error and the on-demand check', () => {
    const onRefresh = vi.fn();
    const view = render(
      <PackSubscriptionRow
        subscription={{
          id: 'u',
          url: 'https://p.example/a.json',
          packId: 'acme',
          createdAt: '2026-11-24T00:00:00Z',
          lastCheckedAt: '2026-11-24T10:00:00Z',
          lastStatus: 'error',
          lastError: 'The server answered 500.',
        }}
        onRefresh={onRefresh}
        onUnsubscribe={() => undefined}
      />,
    );
    expect(view.querySelector('[role="alert"]')?.textContent).toBe('The server answered 500.');
    expect(view.textContent).toContain(': could not update');
    act(() => button(view, 'Check now').click());
    expect(onRefresh).toHaveBeenCalledOnce();
    unmount();
    // A last error stored as messages is shown from them; one with a key this build does not know falls back to the stored words.
    const stored = (lastErrorText: PackSubscription['lastErrorText']) =>
      render(
        <PackSubscriptionRow
          subscription={{
            id: 'u',
            url: 'https://p.example/a.json',
            createdAt: '2026-11-24T00:00:00Z',
            lastStatus: 'error',
            lastError: 'As stored.',
            lastErrorText,
          }}
          onRefresh={onRefresh}
          onUnsubscribe={() => undefined}
        />,
      ).querySelector('[role="alert"]')?.textContent;
    expect(stored([{ key: 'packs.fetch.status', values: { status: '500 Internal Server Error' } }])).toBe(
      'The server answered 500 Internal Server Error.',
    );
    unmount();
    expect(stored([{ key: 'packs.fetch.gone.in.a.later.build' }])).toBe('As stored.');
  });
});
