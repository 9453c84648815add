import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AiSettingsSchema } from '@/lib/schemas/ai';
import { DEFAULT_SHOP_FACTS } from '@/lib/schemas/settings';
import { TeamVoiceSchema } from '@/lib/schemas/voice';
import type { RewriteOutcome, RewriteRequest } from '@/lib/suggest/ai/rewrite';
import { aiProblem } from '@/lib/suggest/ai/errors';
import { diffFacts } from '@/lib/suggest/fact-diff';
import { ticketSaying } from '@/lib/suggest/testing/fixtures';
import { AiAssistContext, type AiAssist } from '@/components/ai-assist-context';
import { RewriteBar } from '@/components/rewrite-bar';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const REPLY = 'Hi Jonas, the total was €64.90.';
let root: Root | undefined;

function renderBar(rewrite: AiAssist['rewrite'], onUse = vi.fn()) {
  const assist: AiAssist = {
    settings: AiSettingsSchema.parse({ apiKey: 'sk-test', enabled: true }),
    ticket: ticketSaying('Hola, ¿dónde está mi pedido? Lo necesito para el sábado, gracias.', { language: 'es' }),
    orders: [],
    shop: DEFAULT_SHOP_FACTS,
    voice: [{ source: 'Settings', voice: TeamVoiceSchema.parse({ wordsToAvoid: ['lamentablemente'] }) }],
    agentLanguage: 'en',
    rewrite,
  };
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(createElement(AiAssistContext.Provider, { value: assist }, createElement(RewriteBar, { text: REPLY, onUse }))));
  return { view: container, onUse };
}
const click = (view: HTMLElement, label: string) =>
  act(async () => [...view.querySelectorAll('button')].find((b) => b.textContent === label)!.click());

afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

describe('RewriteBar', () => {
  it('shows nothing without AI set up', () => {
    const container = document.createElement('div');
    root = createRoot(container);
    act(() => root!.render(createElement(RewriteBar, { text: REPLY, onUse: () => undefined })));
    expect(container.innerHTML).toBe('');
  });

  it("translates into the ticket's language, marks the changed amount and the avoided word, and replaces the reply only on Use this", async () => {
    const spanish = 'Hola Jonas, lamentablemente el total fue 46,90 €.';
    const rewrite = vi.fn(
      async (_s: unknown, request: RewriteRequest): Promise<RewriteOutcome> => ({
        status: 'done',
        text: spanish,
        diff: diffFacts(request.text, spanish),
        usage: { promptTokens: 100, completionTokens: 20, totalTokens: 120 },
      }),
    );
    const { view, onUse } = renderBar(rewrite);
    await click(view, 'Translate to Spanish');
    expect(rewrite.mock.calls[0]![1]).toMatchObject({ action: 'translate', targetLanguage: 'es', text: REPLY });
    const mark = view.querySelector('mark.changed[data-kind=amount]')!;
    expect(mark.textContent).toBe('46,90 €');
    expect(mark.getAttribute('title')).toContain('€64.90');
    expect(view.querySelector('[data-testid=voice-findings]')?.textContent).toContain('"lamentablemente"');
    expect(view.querySelector('[data-testid=rewrite-usage]')?.textContent).toContain('120 tokens');
    expect(onUse).not.toHaveBeenCalled();
    await click(view, 'Use this');
    expect(onUse).toHaveBeenCalledWith(spanish);
  });

  it('says why a rewrite failed and leaves the reply as it was; Translate back is read, never used', async () => {
    const rewrite = vi.fn(
      async (_s: unknown, request: RewriteRequest): Promise<RewriteOutcome> =>
        request.action === 'translate_back'
          ? { status: 'done', text: 'Hi Jonas (read back)', diff: { changed: [], dropped: [] }, usage: null }
          : {
              status: 'failed',
              problem: aiProblem('malformed_output'),
              message: 'the English note, for logs',
            },
    );
    const { view, onUse } = renderBar(rewrite);
    await click(view, 'Shorter');
    expect(view.querySelector('[data-testid=rewrite-error]')?.textContent).toContain('your reply is unchanged');
    await click(view, 'Translate back');
    expect(rewrite.mock.calls[1]![1]).toMatchObject({ action: 'translate_back', targetLanguage: 'en' });
    expect(view.querySelector('[data-testid=read-back]')?.textContent).toContain('Hi Jonas (read back)');
    expect(onUse).not.toHaveBeenCalled();
  });
});
