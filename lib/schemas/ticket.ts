import { z } from 'zod';
import { IntentSchema } from '@/lib/schemas/intent';

/** Site ids are also the file names in lib/sites/ and Ticket.site (DESIGN.md). */
export const SITE_IDS = [
  'gmail',
  'amazon-seller-central',
  'zendesk',
  'freshdesk',
  'help-scout',
  'gorgias',
  'outlook',
  'ebay',
  'etsy',
  'generic',
] as const;
export const SiteIdSchema = z.enum(SITE_IDS);
export type SiteId = z.infer<typeof SiteIdSchema>;

export const RoleSchema = z.enum(['customer', 'agent', 'system']);
export type Role = z.infer<typeof RoleSchema>;

export const PersonSchema = z.object({
  name: z.string().max(500).optional(),
  email: z.string().max(500).optional(),
});
export type Person = z.infer<typeof PersonSchema>;

/** What a site adapter reads off the page: raw, before stripping and entity extraction. */
export const ThreadMessageSchema = z.object({
  author: PersonSchema,
  role: RoleSchema,
  sentAt: z.string().optional(),
  text: z.string(),
  /** The message's HTML when the reader kept it: quoted history is then cut by structure, not text (panel/CLI only). */
  html: z.string().optional(),
});
export type ThreadMessage = z.infer<typeof ThreadMessageSchema>;

/** Which of the reading engine's readers read a page (lib/sites/engine/): the site's own, a team's site profile, or the structural reader. */
export const READERS = ['site', 'profile', 'structural'] as const;
export const ReaderSchema = z.enum(READERS);
export type Reader = z.infer<typeof ReaderSchema>;

/** Messages older than the newest MAX_THREAD_MESSAGES are counted, not read (lib/sites/engine/cap.ts). */
const EarlierMessagesSchema = z.number().int().min(0).optional();
/**
 * Set when the page-read budget (lib/sites/profile/read-with-profile.ts) stopped the read: how many
 * messages it had read. The agent is told, and the read's confidence is capped.
 */
const StoppedAfterSchema = z.number().int().min(1).optional();

export const ThreadSchema = z.object({
  site: SiteIdSchema,
  url: z.string(),
  threadId: z.string().optional(),
  subject: z.string(),
  customer: PersonSchema,
  messages: z.array(ThreadMessageSchema),
  confidence: z.number().min(0).max(1),
  /** Absent from adapters read outside the engine: the site's own reader. */
  reader: ReaderSchema.optional(),
  earlierMessages: EarlierMessagesSchema,
  stoppedAfter: StoppedAfterSchema,
  /** The site profile that read the page, when `reader` is 'profile'. */
  profileId: z.string().max(200).optional(),
});
export type Thread = z.infer<typeof ThreadSchema>;

export const TicketMessageSchema = ThreadMessageSchema.extend({
  visibleText: z.string(),
});
export type TicketMessage = z.infer<typeof TicketMessageSchema>;

export const TrackingRefSchema = z.object({ number: z.string(), carrier: z.string() });
export type TrackingRef = z.infer<typeof TrackingRefSchema>;

export const EntitiesSchema = z.object({
  orderRefs: z.array(z.string()),
  trackingRefs: z.array(TrackingRefSchema),
  emails: z.array(z.string()),
});
export type Entities = z.infer<typeof EntitiesSchema>;

/** One request of the latest customer message; span: UTF-16 offsets into latestCustomerMessage. */
export const TicketRequestSchema = z.object({
  intent: IntentSchema,
  confidence: z.number().min(0).max(1),
  span: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }),
});
export type TicketRequest = z.infer<typeof TicketRequestSchema>;

export const TicketSchema = z.object({
  site: SiteIdSchema,
  url: z.string(),
  threadId: z.string().optional(),
  subject: z.string(),
  customer: PersonSchema,
  messages: z.array(TicketMessageSchema),
  latestCustomerMessage: z.string().nullable(),
  entities: EntitiesSchema,
  language: z.string().nullable(),
  source: z.object({
    adapter: SiteIdSchema,
    confidence: z.number().min(0).max(1),
    /** Which reader read the page (added 2026-12; older tickets have none: the site's own). */
    reader: ReaderSchema.optional(),
    profileId: z.string().max(200).optional(),
    stoppedAfter: StoppedAfterSchema,
  }),
  /** How many older messages the page showed beyond the newest ones read (not in `messages`). */
  /** Every request of the latest customer message, in order (computed in the panel, not the page). */
  requests: z.array(TicketRequestSchema).optional(),
  earlierMessages: EarlierMessagesSchema,
});
export type Ticket = z.infer<typeof TicketSchema>;
