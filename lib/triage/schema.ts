/**
 * Triage's boundary: what one ticket tells triage (the CLI's JSONL contract, also built by the
 * panel from a Ticket), the shop's thresholds, and the verdict. Everything entering is parsed here.
 */
import { z } from 'zod';
import type { Intent } from '@/lib/schemas/template';

export const MARKETPLACES = ['amazon', 'ebay', 'etsy', 'shopify'] as const;
export const MarketplaceSchema = z.enum(MARKETPLACES);
export type Marketplace = z.infer<typeof MarketplaceSchema>;

/** Every reason a verdict can give, in the order the panel lists them. */
export const REASONS = [
  'sla_breach',
  'sla_near',
  'chargeback',
  'a_to_z_claim',
  'legal_threat',
  'review_threat',
  'repeat_contact',
  'angry',
  'vip',
  'high_value',
  'time_sensitive_event',
  'none',
] as const;
export const ReasonSchema = z.enum(REASONS);
export type Reason = z.infer<typeof ReasonSchema>;

export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export const PrioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof PrioritySchema>;

/** An ISO 8601 instant with an offset or Z; ages are computed in UTC whatever the offset. */
const InstantSchema = z.iso.datetime({ offset: true });

export const TriageCustomerSchema = z.object({
  ordersCount: z.number().int().nonnegative(),
  lifetimeSpend: z.number().nonnegative(),
  currency: z.string().max(8).optional(),
  previousContacts7d: z.number().int().nonnegative(),
});

export const TriageInputSchema = z.object({
  text: z.string().max(200_000),
  subject: z.string().max(2_000).optional(),
  /** The inbox the ticket is in: a site id (`gmail`, `amazon-seller-central`, …) or any channel name. */
  channel: z.string().max(100).optional(),
  /** Whose response-time rule applies; derived from the channel when absent. */
  marketplace: MarketplaceSchema.nullable().optional(),
  /** The customer's latest message; null or absent when the page shows no date (no SLA reasons then). */
  receivedAt: InstantSchema.nullable().optional(),
  now: InstantSchema,
  customer: TriageCustomerSchema.partial().optional(),
  orderTotal: z.number().nonnegative().optional(),
  /** The message mentions an order number (a pre-sale question has none). */
  mentionsOrder: z.boolean().optional(),
});
export type TriageInput = z.infer<typeof TriageInputSchema>;

const Hours = z
  .number()
  .positive()
  .max(24 * 90);

/**
 * The shop's thresholds. Defaults are the issue's; a shop changes them in Settings or a pack.
 * Targets are first-response times in hours, per marketplace, `default` for every other channel.
 */
export const TriageSettingsSchema = z.strictObject({
  targets: z.strictObject({
    default: Hours,
    amazon: Hours.optional(),
    ebay: Hours.optional(),
    etsy: Hours.optional(),
    shopify: Hours.optional(),
  }),
  /** `sla_near` starts this many hours before the target (24 h target → from 20 h). */
  nearMarginHours: z
    .number()
    .nonnegative()
    .max(24 * 30),
  vipLifetimeSpend: z.number().nonnegative(),
  vipOrdersCount: z.number().int().nonnegative(),
  highValueOrderTotal: z.number().nonnegative(),
  repeatContacts7d: z.number().int().positive(),
  eventWithinDays: z.number().nonnegative().max(365),
});
export type TriageSettings = z.infer<typeof TriageSettingsSchema>;

export const TriageSettingsPatchSchema = TriageSettingsSchema.extend({
  targets: TriageSettingsSchema.shape.targets.partial(),
}).partial();
export type TriageSettingsPatch = z.infer<typeof TriageSettingsPatchSchema>;

export interface TriageVerdict {
  priority: Priority;
  /** Every signal present, in REASONS order; `['none']` when there is none. */
  reasons: Reason[];
  /** Hours since the customer's latest message (one decimal); null when its date is unknown. */
  waitingHours: number | null;
  /** The first-response target that applied, in hours, and whose rule it is. */
  targetHours: number;
  targetSource: Marketplace | 'default';
  /** Signals that are not reasons but decided the priority (`pure_thanks`, `pre_sale`). */
  notes: Array<'pure_thanks' | 'pre_sale' | 'problem'>;
  /** Whose response-time rule the ticket falls under (null: the shop's own channel). */
  marketplace: Marketplace | null;
  /** The request type triage classified (team rules match on it): the lead request's, as the badge shows. */
  intent: Intent;
  /** A later request that made the ticket a problem (the lead did not), 1-based: the panel names it. */
  problemRequest: { intent: Intent; request: number } | null;
  /** Suggested tags: the intent and the risk signals, lowercase, hyphenated. */
  tags: string[];
}
