import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IntentBadge } from '@/components/intent-badge';
import { I18nProvider } from '@/lib/i18n/i18n-context';
import { uiLanguageSetting } from '@/lib/settings';
import { NoDecision } from '@/lib/suggest/ai/intent-opinion-query';

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

describe('IntentBadge while the second opinion is not in', () => {
  const unsure = { intent: 'payment_issue' as const, confidence: 0.33 };

  it('says the AI is being asked, beside the local reading', () => {
    const badge = show({ intent: unsure, opinion: { asking: true } });
    expect(badge.querySelector('[data-testid="intent-asking-ai"]')?.textContent).toContain('asking the AI model…');
    expect(badge.textContent).toContain('(unsure)');
    expect(show({ intent: unsure }).querySelector('[data-testid="intent-asking-ai"]')).toBeNull();
  });

  it('says the AI could not be asked and why, the error quoted as text, never as markup', () => {
    const refused = show({ intent: unsure, opinion: { failed: new Error('Could not establish connection. <b>Receiving end</b>') } });
    const note = refused.querySelector('[data-testid="intent-ai-not-asked"]')!;
    expect(note.textContent).toBe(
      ' The AI model could not be asked (“Could not establish connection. <b>Receiving end</b>”): the local reading is shown.',
    );
    expect(note.querySelector('b')).toBeNull();
    expect(refused.querySelector('[data-testid="intent-asking-ai"]')).toBeNull();
    const unreadable = show({ intent: unsure, opinion: { failed: new NoDecision() } });
    expect(unreadable.textContent).toContain("(the extension's background gave no readable answer)");
  });

  it("says it in the panel's language", async () => {
    fakeBrowser.reset();
    await uiLanguageSetting.set('ko');
    const host = document.createElement('div');
    root = createRoot(host);
    act(() =>
      root!.render(
        <QueryClientProvider client={new QueryClient()}>
          <I18nProvider>
            <IntentBadge intent={unsure} opinion={{ failed: new NoDecision() }} />
          </I18nProvider>
        </QueryClientProvider>,
      ),
    );
    await vi.waitFor(async () => {
      await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
      expect(host.querySelector('[data-testid="intent-ai-not-asked"]')?.textContent).toContain('AI 모델에 물어볼 수 없었습니다');
    });
    await uiLanguageSetting.set('en');
  });
});
