/**
 * The AI's second opinion on a ticket is asked here, in the background, for the panel (a message)
 * and the keyboard shortcut alike: one memory of decisions (decision-memory.ts) so one ticket costs
 * one call, whichever asks first and whether or not the panel is open. The AI settings are read
 * here: no key travels in a message.
 */
import { z } from 'zod';
import { OrderSchema, type Order } from '@/lib/schemas/order';
import { TicketSchema, type Ticket } from '@/lib/schemas/ticket';
import { decisionMemory, type DecisionShelf } from '@/lib/suggest/ai/decision-memory';
import type { IntentDecision } from '@/lib/suggest/ai/intent-opinion';
import { aiSettingsSetting } from '@/lib/suggest/ai/settings-store';
import { basisOf, type OpinionBasis, SentReadingSchema } from '@/lib/suggest/ai/opinion-basis';

const SHELF_KEY = 'intentDecisions';

/**
 * Session storage: kept across the background's restarts (the shortcut may come minutes after the
 * panel asked, the worker asleep in between), gone when the browser closes, and out of content
 * scripts' reach (its default access level is trusted contexts only).
 */
const sessionShelf: DecisionShelf = {
  read: async () => (await browser.storage.session.get(SHELF_KEY))[SHELF_KEY],
  write: (shelf) => browser.storage.session.set({ [SHELF_KEY]: shelf }),
};

const remembered = decisionMemory(sessionShelf);

/**
 * The shortcut's ask: it has the ticket, its orders (found before: they are redacted) and its
 * reading; `onWait` runs only when a model call is awaited.
 */
export async function decideForTicket(
  ticket: Ticket,
  orders: readonly Order[],
  local: OpinionBasis,
  onWait?: () => void,
): Promise<IntentDecision> {
  return remembered(await aiSettingsSetting.get(), ticket, orders, local, onWait);
}

const DecideRequestSchema = z.object({ ticket: TicketSchema, orders: z.array(OrderSchema).max(200), local: SentReadingSchema });

/**
 * The panel's ask, parsed (it sends the ticket and orders it shows, and its reading of the ticket:
 * classified once, in the panel); undefined when unreadable.
 */
export function decideForPanel(ticket: unknown, orders: unknown, local: unknown): Promise<IntentDecision> | undefined {
  const request = DecideRequestSchema.safeParse({ ticket, orders, local });
  if (!request.success) return undefined;
  return decideForTicket(request.data.ticket, request.data.orders, basisOf(request.data.ticket, request.data.local));
}
