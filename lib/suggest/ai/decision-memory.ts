/**
 * One paid call per ticket: the AI's second opinion remembered by a fingerprint of what it was
 * asked (endpoint, model, the customer's text as the local reading read it), so the panel, the
 * keyboard shortcut and the same ticket opened again share one answer, and two asks of the same
 * ticket at once (the shortcut pressed while the panel waits) share one call.
 *
 * Expiry: none by time. A decision is a function of what was asked, so it does not go stale; a
 * new customer message, another endpoint or model is another fingerprint, hence asked again. The
 * shelf is the browser session's (it empties when the browser closes) and keeps the newest
 * REMEMBERED_DECISIONS. A failed call is not remembered: it is no answer, and the next ask may
 * get one. The shelf holds no customer text and no secret: a hash and the decision's fields.
 */
import { z } from 'zod';
import type { AiSettings } from '@/lib/schemas/ai';
import type { Order } from '@/lib/schemas/order';
import type { Ticket } from '@/lib/schemas/ticket';
import {
  decideTicketIntent,
  IntentDecisionSchema,
  type IntentDecision,
  localDecision,
  secondOpinionWanted,
} from '@/lib/suggest/ai/intent-opinion';
import type { OpinionBasis } from '@/lib/suggest/ai/opinion-basis';

/** About a day's unsure tickets of a busy agent; each entry is under 200 bytes. */
export const REMEMBERED_DECISIONS = 100;

const ShelfSchema = z.record(z.string().regex(/^[0-9a-f]{64}$/), z.object({ decision: IntentDecisionSchema, at: z.number() }));
type Shelf = z.infer<typeof ShelfSchema>;

/** Where the decisions are kept (the background's session storage; a plain object in tests). */
export interface DecisionShelf {
  read(): Promise<unknown>;
  write(shelf: Shelf): Promise<void>;
}

export type Ask = typeof decideTicketIntent;

/** What the decision was asked about, hashed: the same question gives the same fingerprint. */
export async function decisionFingerprint(settings: AiSettings, query: string): Promise<string> {
  const asked = new TextEncoder().encode(JSON.stringify([settings.baseUrl, settings.model, query]));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', asked));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A damaged or foreign shelf reads as empty: the worst case is one more call. */
function parsed(stored: unknown): Shelf {
  const shelf = ShelfSchema.safeParse(stored ?? {});
  return shelf.success ? shelf.data : {};
}

function newest(shelf: Shelf): Shelf {
  const entries = Object.entries(shelf).sort(([, a], [, b]) => b.at - a.at);
  return Object.fromEntries(entries.slice(0, REMEMBERED_DECISIONS));
}

/** The decisions of one context (the background), asked through `ask` at most once per fingerprint. */
export function decisionMemory(shelf: DecisionShelf, ask: Ask = decideTicketIntent) {
  const asking = new Map<string, Promise<IntentDecision>>();
  // Writes one after another: two decisions arriving together must not drop each other.
  let writing = Promise.resolve();
  const remember = (key: string, decision: IntentDecision) => {
    writing = writing.then(async () => shelf.write(newest({ ...parsed(await shelf.read()), [key]: { decision, at: Date.now() } })));
    return writing;
  };

  async function askOnce(key: string, settings: AiSettings, ticket: Ticket, orders: readonly Order[], local: OpinionBasis) {
    const decision = await ask(settings, ticket, orders, local);
    if (decision.askedAi && !decision.aiProblem) await remember(key, decision);
    return decision;
  }

  /** `onWait` runs when the answer is a model call away (asked now, or by another asker): the caller may say so. */
  return async function decide(
    settings: AiSettings | null,
    ticket: Ticket,
    orders: readonly Order[],
    local: OpinionBasis,
    onWait?: () => void,
  ): Promise<IntentDecision> {
    if (!settings || !secondOpinionWanted(settings, local)) return localDecision(local.reading);
    const key = await decisionFingerprint(settings, local.query);
    const known = parsed(await shelf.read())[key];
    if (known) return known.decision;
    onWait?.();
    const pending = asking.get(key) ?? askOnce(key, settings, ticket, orders, local).finally(() => asking.delete(key));
    asking.set(key, pending);
    return pending;
  };
}
