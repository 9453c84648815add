import { act } from 'react';
import { render, cleanUp } from '@/components/testing/render';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueueList } from '@/components/queue-list';
import { TriageCard } from '@/components/triage-card';
import { translator } from '@/lib/i18n/translator';
import { applyRules } from '@/lib/triage/rules';
import type { TriageVerdict } from '@/lib/triage/schema';

afterEach(cleanUp);

const verdict: TriageVerdict = {
  priority: 'urgent',
  reasons: ['sla_breach', 'angry'],
  waitingHours: 30,
  targetHours: 24,
  targetSource: 'amazon',
  marketplace: 'amazon',
  notes: ['problem'],
  intent: 'refund',
  problemRequest: null,
  tags: ['refund', 'priority-urgent', 'sla-breach'],
};
const noRules = applyRules([], { intent: 'refund', reasons: verdict.reasons, priority: 'urgent', marketplace: 'amazon', text: '' });

describe('TriageCard', () => {
  it('says how long against whose rule, the priority and every reason in words; Copy only without a tags field', () => {
    const view = render(<TriageCard verdict={verdict} rules={noRules} />);
    expect(view.querySelector('[data-testid=triage-waiting]')!.textContent).toBe(
      "Waiting 30 hours — past Amazon's 24-hour rule by 6 hours",
    );
    expect(view.querySelector('[data-testid=triage-priority]')!.textContent).toBe('Urgent');
    expect([...view.querySelectorAll('[data-testid=triage-reasons] li')].map((li) => li.textContent)).toEqual([
      'waiting past the response target',
      'angry',
    ]);
    expect([...view.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Copy tags']);
  });

  it('names the later request that made the ticket a problem, numbered as the suggestion groups are', () => {
    const raised: TriageVerdict = {
      ...verdict,
      priority: 'normal',
      reasons: ['none'],
      intent: 'product_question',
      problemRequest: { intent: 'damaged_item', request: 2 },
    };
    const view = render(<TriageCard verdict={raised} rules={noRules} />);
    expect([...view.querySelectorAll('[data-testid=triage-reasons] li')].map((li) => li.textContent)).toEqual([
      'nothing urgent found',
      'request 2 (damaged item) reports a problem with an order',
    ]);
    const ko = translator('ko');
    expect(ko.t('triage.problemRequest', { number: 2, intent: ko.t('intent.damaged_item') })).toMatch(/^2번째 요청\(.+\): 주문 문제 신고$/);
  });

  it('applies tags only on the click, and shows what the page said', async () => {
    const onApplyTags = vi.fn().mockResolvedValue({ ok: false, message: 'Zendesk did not take: sla-breach.' });
    const view = render(<TriageCard verdict={verdict} rules={noRules} onApplyTags={onApplyTags} />);
    expect(onApplyTags).not.toHaveBeenCalled();
    const apply = [...view.querySelectorAll('button')].find((b) => b.textContent === 'Apply tags')!;
    await act(async () => apply.click());
    expect(onApplyTags).toHaveBeenCalledWith(['refund', 'priority-urgent', 'sla-breach']);
    expect(view.querySelector('[role=status]')!.textContent).toBe('Zendesk did not take: sla-breach.');
  });

  it('shows conflicting team rules instead of resolving them', () => {
    const rules = applyRules(
      [
        { id: 'a', name: 'Refund desk', when: { intent: 'refund' }, then: { owner: 'Returns team' } },
        { id: 'b', name: 'Angry to lead', when: { reason: 'angry' }, then: { owner: 'Team lead' } },
      ],
      { intent: 'refund', reasons: verdict.reasons, priority: 'urgent', marketplace: 'amazon', text: '' },
    );
    const view = render(<TriageCard verdict={verdict} rules={rules} />);
    expect(view.querySelector('[data-testid=triage-owner]')).toBeNull();
    expect(view.querySelector('[data-testid=triage-conflict]')!.textContent).toBe(
      'Team rules disagree on the owner: “Refund desk” says Returns team, “Angry to lead” says Team lead. None was applied; decide yourself.',
    );
  });
});

describe('QueueList', () => {
  it('lists customer, waiting time and priority in the order given; a click opens the row', () => {
    const onOpen = vi.fn();
    const entry = {
      key: 'k1',
      subject: 'Where is it?',
      customer: { name: 'Emma', email: null },
      lastMessageAt: null,
      snippet: 'Hi',
      intent: 'where_is_my_order' as const,
      priority: 'high' as const,
      reasons: ['sla_breach' as const],
      waitingHours: 27.3,
    };
    const view = render(
      <QueueList
        entries={[
          entry,
          { ...entry, key: 'k2', customer: { name: null, email: 'x@example.com' }, priority: 'low', reasons: ['none'], waitingHours: null },
        ]}
        onOpen={onOpen}
      />,
    );
    const rows = [...view.querySelectorAll('[data-testid=queue-row]')];
    expect(rows.map((r) => r.getAttribute('data-priority'))).toEqual(['high', 'low']);
    expect(rows[0]!.textContent).toContain('waiting 27 hours');
    expect(rows[1]!.textContent).toContain('x@example.com');
    act(() => (rows[1] as HTMLButtonElement).click());
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ key: 'k2' }));
  });
});
