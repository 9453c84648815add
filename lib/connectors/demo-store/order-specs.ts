/**
 * Every order of the demo store (order-specs.json, one line each, oldest first; statuses as of
 * 2026-11-24), checked against the spec's schema so a typo in the data fails the generator with
 * its path instead of writing a wrong orders.json.
 * Anchors used by fixture pages and end-to-end tests: #1047 (Emma Schneider, UPS in transit),
 * #1052 (Liam O'Connor, linen shirt size M, delivered 2026-11-20), #1069 (박민지, a Korean-speaking
 * customer: the Korean e2e ticket and demo screenshot write about it), 114-3941689-8772232 (Sophie
 * Martin, Amazon, USPS in transit) and 305-1234567-7654321 (Daniel Weber, amazon.de, delivered bowl).
 * Data only: read by the generator (scripts/generate-demo-store.ts), not by the extension.
 */
import { z } from 'zod';
import specs from './order-specs.json';
import { OrderSpecSchema } from './spec';

const OrderSpecsSchema = z.strictObject({ web: z.array(OrderSpecSchema), amazon: z.array(OrderSpecSchema) });

export const { web: WEB_ORDER_SPECS, amazon: AMAZON_ORDER_SPECS } = OrderSpecsSchema.parse(specs);
