/**
 * What the AI helpers on a reply (rewrite, translate) need, given once by the panel's workspace:
 * the AI settings, the ticket, its orders, the shop's facts and the team's voice. Null when AI is
 * off or not set up: the helpers then show nothing.
 */
import { createContext, useContext } from 'react';
import type { AiSettings } from '@/lib/schemas/ai';
import type { Order } from '@/lib/schemas/order';
import type { ShopFacts } from '@/lib/schemas/settings';
import type { Ticket } from '@/lib/schemas/ticket';
import type { SourcedVoice } from '@/lib/schemas/voice';
import type { RewriteOutcome, RewriteRequest } from '@/lib/suggest/ai/rewrite';

export interface AiAssist {
  settings: AiSettings;
  ticket: Ticket;
  orders: readonly Order[];
  shop: ShopFacts;
  voice: readonly SourcedVoice[];
  /** The agent's own language, for "Translate back". */
  agentLanguage: string;
  /** Tests pass a scripted one; the panel uses lib/suggest/ai/rewrite.ts. */
  rewrite?: (settings: AiSettings, request: RewriteRequest) => Promise<RewriteOutcome>;
}

export const AiAssistContext = createContext<AiAssist | null>(null);

export function useAiAssist(): AiAssist | null {
  return useContext(AiAssistContext);
}
