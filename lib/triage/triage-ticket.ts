/** Triage of a ticket as the panel shows it: the verdict, then the team's rules on top. */
import type { TicketHistory } from '@/lib/history/group';
import type { Order } from '@/lib/schemas/order';
import type { Ticket } from '@/lib/schemas/ticket';
import type { IntentResult } from '@/lib/suggest/classify';
import { triageInputOf } from '@/lib/triage/from-ticket';
import type { TriageRule } from '@/lib/triage/rule-schema';
import { applyRules, withRules, type RulesOutcome } from '@/lib/triage/rules';
import type { TriageSettings, TriageVerdict } from '@/lib/triage/schema';
import { triage } from '@/lib/triage/triage';

export interface TicketTriage {
  /** With the rules' agreed priority and tags folded in. */
  verdict: TriageVerdict;
  /** Triage's own verdict, before rules. */
  base: TriageVerdict;
  rules: RulesOutcome;
}

export function triageTicket(args: {
  ticket: Ticket;
  orders: Order[];
  chosenOrder: Order | null;
  history: TicketHistory[];
  now: Date;
  settings: TriageSettings;
  rules: readonly TriageRule[];
  /** The reading the panel's badge and suggestion groups show (the AI's decision folded in). */
  reading?: IntentResult;
}): TicketTriage {
  const input = triageInputOf(args);
  const base = triage(input, args.settings, args.reading);
  const rules = applyRules(args.rules, {
    intent: base.intent,
    ...(input.orderTotal !== undefined ? { orderTotal: input.orderTotal } : {}),
    reasons: base.reasons,
    priority: base.priority,
    channel: args.ticket.site,
    marketplace: base.marketplace,
    text: input.text,
  });
  return { verdict: withRules(base, rules), base, rules };
}
