/**
 * Site profiles as the content script receives them with a getThread request: zod/mini (the
 * content script's size budget), shapes and lengths only. The sender (panel, background) already
 * validated each profile with the full schema (./schema.ts), selectors included; the engine guards
 * every lookup anyway.
 */
import * as z from 'zod/mini';
import { SELECTOR_FIELDS, type SelectorField } from './types';

const Selector = z.optional(z.string().check(z.maxLength(400)));
const RequiredSelector = z.string().check(z.minLength(1), z.maxLength(400));
// Certainty's range is the full schema's to check; the reader clamps it (lib/sites/profile/lookup.ts).
const Fallbacks = z.array(z.object({ css: RequiredSelector, certainty: z.number() })).check(z.maxLength(4));

// From the field list, as `fallbacks` below: the names are not spelled a second time in the bundle.
const SELECTORS = Object.fromEntries(
  SELECTOR_FIELDS.map((field) => [field, field === 'thread' || field === 'message' ? RequiredSelector : Selector]),
) as { thread: typeof RequiredSelector; message: typeof RequiredSelector } & Record<
  Exclude<SelectorField, 'thread' | 'message'>,
  typeof Selector
>;

export const WireProfileSchema = z.object({
  id: z.string().check(z.maxLength(200)),
  site: z.string().check(z.maxLength(40)),
  seen: z.string().check(z.maxLength(10)),
  label: z.optional(z.string().check(z.maxLength(200))),
  selectors: z.object(SELECTORS),
  roles: z.optional(
    z.object({
      agent: Selector,
      customer: Selector,
      skip: Selector,
      labels: z.optional(
        z
          .array(z.object({ pattern: z.string().check(z.maxLength(200)), role: z.literal(['customer', 'agent', 'skip']) }))
          .check(z.maxLength(8)),
      ),
      others: z.optional(z.literal(['customer', 'agent'])),
      // A literal of both values: z.boolean would add a schema type to every content script for one flag.
      othersNeedSelf: z.optional(z.literal([true, false])),
    }),
  ),
  order: z.optional(z.literal(['oldest-first', 'newest-first'])),
  // An object of the selector fields, not a record: zod/mini's record costs the content script ~0.6 KB gzip.
  fallbacks: z.optional(z.object(Object.fromEntries(SELECTOR_FIELDS.map((field) => [field, z.optional(Fallbacks)])))),
  customerAuthor: z.optional(z.literal(['card', 'message'])),
  threadAttribute: z.optional(z.string().check(z.maxLength(100))),
  threadParams: z.optional(z.array(z.string().check(z.maxLength(60))).check(z.maxLength(4))),
  threadPath: z.optional(z.string().check(z.maxLength(200))),
  untitled: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(4))),
  orderInSubject: z.optional(z.object({ pattern: z.string().check(z.maxLength(200)), subject: z.string().check(z.maxLength(200)) })),
});

/** At most this many profiles travel with one request. */
export const WireProfilesSchema = z.array(WireProfileSchema).check(z.maxLength(50));
