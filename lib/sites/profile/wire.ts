/**
 * Site profiles as the content script receives them with a getThread request: zod's core schemas
 * (lib/schemas/core-schemas.ts: the content script's size budget), shapes and lengths only. The
 * sender (panel, background) already validated each profile with the full schema (./schema.ts),
 * selectors included; the engine guards every lookup anyway.
 */
import { array, literal, number, object, optional, string } from '@/lib/schemas/core-schemas';
import { SELECTOR_FIELDS, type SelectorField } from './types';

const Selector = optional(string(400));
const RequiredSelector = string(400, 1);
// Certainty's range is the full schema's to check; the reader clamps it (lib/sites/profile/lookup.ts).
const Fallbacks = array(object({ css: RequiredSelector, certainty: number() }), 4);

// From the field list, as `fallbacks` below: the names are not spelled a second time in the bundle.
const SELECTORS = Object.fromEntries(
  SELECTOR_FIELDS.map((field) => [field, field === 'thread' || field === 'message' ? RequiredSelector : Selector]),
) as { thread: typeof RequiredSelector; message: typeof RequiredSelector } & Record<
  Exclude<SelectorField, 'thread' | 'message'>,
  typeof Selector
>;

export const WireProfileSchema = object({
  id: string(200),
  site: string(40),
  seen: string(10),
  label: optional(string(200)),
  selectors: object(SELECTORS),
  roles: optional(
    object({
      agent: Selector,
      customer: Selector,
      skip: Selector,
      labels: optional(array(object({ pattern: string(200), role: literal(['customer', 'agent', 'skip']) }), 8)),
      others: optional(literal(['customer', 'agent'])),
      // A literal of both values: a boolean schema would add a schema type to every content script for one flag.
      othersNeedSelf: optional(literal([true, false])),
    }),
  ),
  order: optional(literal(['oldest-first', 'newest-first'])),
  // An object of the selector fields, not a record: zod's record costs the content script ~0.6 KB gzip.
  fallbacks: optional(object(Object.fromEntries(SELECTOR_FIELDS.map((field) => [field, optional(Fallbacks)])))),
  customerAuthor: optional(literal(['card', 'message'])),
  threadAttribute: optional(string(100)),
  threadParams: optional(array(string(60), 4)),
  threadPath: optional(string(200)),
  untitled: optional(array(string(200), 4)),
  orderInSubject: optional(object({ pattern: string(200), subject: string(200) })),
});

/** At most this many profiles travel with one request. */
export const WireProfilesSchema = array(WireProfileSchema, 50);
