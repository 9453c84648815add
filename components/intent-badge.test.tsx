import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { IntentBadge } from '@/components/intent-badge';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => act(() => root?.unmount()));

function show(props: Parameters<typeof IntentBadge>[0]): HTMLElement {
  const host = document.createElement('div');
  root = createRoot(host);
  act(() => root!.render(<IntentBadge {...props} />));
  return host.querySelector('[data-testid="intent"]')!;
}

describe('IntentBadge', () => {
  it('names who decided when the AI was asked for a second opinion', () => {
    const badge = show({ intent: { intent: 'invoice', confidence: 0.33 }, decidedBy: 'ai' });
    expect(badge.dataset.intent).toBe('invoice');
    expect(badge.dataset.decidedBy).toBe('ai');
    expect(badge.textContent).toContain('decided by the AI model');
    expect(show({ intent: { intent: 'refund', confidence: 0.5 }, decidedBy: 'local' }).textContent).toContain('decided by the local model');
  });

  it('no longer calls the reading unsure when the AI confirmed the local top', () => {
    const badge = show({ intent: { intent: 'invoice', confidence: 0.33 }, decidedBy: 'ai', confirmed: true });
    expect(badge.dataset.confirmed).toBe('true');
    expect(badge.textContent).toContain('confirmed by the AI model');
    expect(badge.textContent).not.toMatch(/\(unsure\)|33%/);
  });

  it('shows no confidence beside an intent the AI decided: the local model gave it, the AI gives none', () => {
    const unsure = show({ intent: { intent: 'invoice', confidence: 0.33 }, decidedBy: 'ai' });
    expect(unsure.textContent).not.toMatch(/\(unsure\)|33/);
    expect(unsure.querySelector('[data-testid="intent-confidence"]')).toBeNull();
    // The local probability of the AI's intent may even be high (another request of the mail).
    expect(show({ intent: { intent: 'invoice', confidence: 0.62 }, decidedBy: 'ai' }).textContent).not.toContain('62');
  });

  it('keeps the confidence when the local model decided because the AI gave no usable answer', () => {
    const badge = show({ intent: { intent: 'refund', confidence: 0.5 }, decidedBy: 'local' });
    expect(badge.querySelector('[data-testid="intent-confidence"]')?.textContent).toContain('(50%)');
  });

  it('says when no reply in the library answers the intent the AI decided', () => {
    const badge = show({ intent: { intent: 'invoice', confidence: 0.33, noReply: true }, decidedBy: 'ai' });
    expect(badge.querySelector('[data-testid="intent-no-reply"]')?.textContent).toContain('no reply in your library answers it');
    expect(
      show({ intent: { intent: 'invoice', confidence: 0.33 }, decidedBy: 'ai' }).querySelector('[data-testid="intent-no-reply"]'),
    ).toBeNull();
  });

  it('says nothing about who decided when no second opinion was asked', () => {
    const badge = show({ intent: { intent: 'refund', confidence: 0.9 } });
    expect(badge.querySelector('[data-testid="intent-decided-by"]')).toBeNull();
    expect(badge.textContent).toContain('(90%)');
  });
});
