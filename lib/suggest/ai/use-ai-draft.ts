/**
 * React state for one AI draft: idle → streaming (text so far) → done (reply) or failed (the
 * "AI draft unavailable: …" note). The draft in flight is aborted when the component unmounts —
 * the panel remounts its workspace when the ticket changes — or when the caller's key changes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LocalMessage } from '@/lib/i18n/local-message';
import type { AiSettings, DraftOutput } from '@/lib/schemas/ai';
import { aiUnavailable } from '@/lib/suggest/ai/errors';
import { streamDraft, type DraftOptions, type DraftOutcome, type DraftRequest } from '@/lib/suggest/ai/draft';
import type { TokenUsage } from '@/lib/suggest/ai/usage';

export type AiDraftState =
  | { phase: 'idle' }
  | { phase: 'streaming'; text: string }
  | { phase: 'done'; reply: string; factsUsed: DraftOutput['facts_used']; usage: TokenUsage | null }
  /** The note as a message, worded in the agent's language by the panel. */
  | { phase: 'failed'; note: LocalMessage };

export type DraftFunction = (settings: AiSettings, request: DraftRequest, options: DraftOptions) => Promise<DraftOutcome>;

export interface UseAiDraftInput {
  settings: AiSettings;
  request: DraftRequest;
  /** Changes when the draft no longer fits (another ticket, another order): aborts and resets. */
  resetKey: string;
  /** The draft implementation; tests pass a scripted one. */
  draft?: DraftFunction;
}

export function useAiDraft({ settings, request, resetKey, draft = streamDraft }: UseAiDraftInput) {
  const [state, setState] = useState<AiDraftState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  // The latest inputs, read when the agent clicks, without restarting anything when they change.
  const latest = useRef({ settings, request, draft });
  latest.current = { settings, request, draft };

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
  }, []);

  useEffect(() => {
    setState({ phase: 'idle' });
    return cancel;
  }, [resetKey, cancel]);

  const start = useCallback(async () => {
    cancel();
    const mine = new AbortController();
    controller.current = mine;
    setState({ phase: 'streaming', text: '' });
    const { settings: s, request: r, draft: run } = latest.current;
    const outcome = await run(s, r, {
      signal: mine.signal,
      onText: (text) => {
        if (!mine.signal.aborted) setState({ phase: 'streaming', text });
      },
    });
    // Stopped, replaced by a newer draft, reset or unmounted: whoever aborted it owns the state now.
    if (mine.signal.aborted) return;
    controller.current = null;
    if (outcome.status === 'done')
      setState({ phase: 'done', reply: outcome.reply, factsUsed: outcome.factsUsed, usage: outcome.usage ?? null });
    else if (outcome.status === 'failed') setState({ phase: 'failed', note: aiUnavailable('draft', outcome.problem) });
    else setState({ phase: 'idle' });
  }, [cancel]);

  const stop = useCallback(() => {
    cancel();
    setState({ phase: 'idle' });
  }, [cancel]);

  return { state, start, stop };
}
