/**
 * Triage of one ticket: priority with every reason present, waiting time against the applicable
 * first-response target, suggested tags. Pure: the CLI (`triage --jsonl`), the eval and the panel
 * all call this with the same input shape.
 */
import { classifyIntent, type IntentResult } from '@/lib/suggest/classify';
import { customerText } from '@/lib/suggest/customer-query';
import type { Intent } from '@/lib/schemas/template';
import { marketplaceOfChannel, mergeTriageSettings, targetFor } from '@/lib/triage/defaults';
import { decidePriority } from '@/lib/triage/priority';
import { REASONS, TriageInputSchema, type Reason, type TriageInput, type TriageSettings, type TriageVerdict } from '@/lib/triage/schema';
import { suggestTags } from '@/lib/triage/tags';
import { readTextSignals } from '@/lib/triage/text-signals';
import { problemRequestOf, requestIntents } from '@/lib/triage/weigh-requests';

const HOUR_MS = 3_600_000;
const PRE_SALE_INTENTS: ReadonlySet<Intent> = new Set<Intent>(['pre_sale_question', 'product_question', 'shipping_question']);

/** Hours between two instants, one decimal, in UTC whatever offsets they carry. */
export function hoursBetween(from: string, to: string): number {
  return Math.round(((Date.parse(to) - Date.parse(from)) / HOUR_MS) * 10) / 10;
}

/**
 * `panelReading`: the panel passes the reading its badge shows (the AI's decision folded in), so both
 * say the same intent; without one (CLI, Queue) triage classifies the text the panel would.
 */
export function triage(
  rawInput: TriageInput,
  settings: TriageSettings = mergeTriageSettings(),
  panelReading?: IntentResult,
): TriageVerdict {
  const input = TriageInputSchema.parse(rawInput);
  const now = new Date(input.now);
  const marketplace = input.marketplace !== undefined ? input.marketplace : marketplaceOfChannel(input.channel);
  const target = targetFor(settings, marketplace);
  const reading = panelReading ?? classifyIntent(customerText(input.text, input.subject));
  const { intent } = reading;
  const text = readTextSignals(input.text, input.subject, now, settings.eventWithinDays);

  const reasons = new Set<Reason>();
  const waitingHours = input.receivedAt ? Math.max(0, hoursBetween(input.receivedAt, input.now)) : null;
  if (waitingHours !== null) {
    if (waitingHours > target.hours) reasons.add('sla_breach');
    else if (waitingHours >= target.hours - settings.nearMarginHours) reasons.add('sla_near');
  }
  for (const signal of ['chargeback', 'a_to_z_claim', 'legal_threat', 'review_threat', 'angry'] as const) {
    if (text[signal]) reasons.add(signal);
  }
  const customer = input.customer ?? {};
  if ((customer.previousContacts7d ?? 0) >= settings.repeatContacts7d) reasons.add('repeat_contact');
  if ((customer.lifetimeSpend ?? 0) >= settings.vipLifetimeSpend || (customer.ordersCount ?? 0) >= settings.vipOrdersCount)
    reasons.add('vip');
  if ((input.orderTotal ?? 0) >= settings.highValueOrderTotal) reasons.add('high_value');
  if (text.event) reasons.add('time_sensitive_event');

  const risky = text.chargeback || text.a_to_z_claim || text.legal_threat || text.review_threat || text.angry;
  // Thanks with no question, no "but", no "please" and no risk is thanks, unless the classifier is sure of a
  // problem ("Thank you, my order still has not arrived"): it reads "arrived safely" as damage.
  const thanksOnly =
    !text.question && !text.contrast && !text.request && !risky && text.wordCount <= 80 && (text.thanks || intent === 'feedback');
  const saysOtherwise = thanksOnly || (text.preSale && !input.mentionsOrder);
  const problemRequest = problemRequestOf(reading, saysOtherwise);
  const problem = risky || problemRequest !== null;
  const pureThanks = thanksOnly && !problem;
  const preSale = !problem && !input.mentionsOrder && !text.event && (PRE_SALE_INTENTS.has(intent) || text.preSale);
  const priority = decidePriority({ reasons, marketplace, problem, pureThanks, preSale });

  const ordered = REASONS.filter((reason) => reasons.has(reason));
  return {
    priority,
    reasons: ordered.length > 0 ? ordered : ['none'],
    waitingHours,
    targetHours: target.hours,
    targetSource: target.source,
    notes: [
      ...(pureThanks ? ['pure_thanks' as const] : []),
      ...(preSale ? ['pre_sale' as const] : []),
      ...(problem ? ['problem' as const] : []),
    ],
    marketplace,
    intent,
    // Named only when a request other than the lead made it one: the agent sees why.
    problemRequest: problemRequest && problemRequest.request > 1 ? problemRequest : null,
    tags: suggestTags(requestIntents(reading), priority, ordered),
  };
}
