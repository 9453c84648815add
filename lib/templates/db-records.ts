/**
 * The shapes of the records db.ts stores, and how a read one is checked. Stored records are
 * untrusted (older versions, manual edits, a crash mid-write): every read goes through zod and a
 * bad record is skipped with a warning rather than breaking the panel.
 */
import { z } from 'zod';
import { StoredPackTextSchema } from '@/lib/packs/pack-text-schema';
import { SiteProfileSchema } from '@/lib/schemas/site-profile';
import { type Template, TemplateSchema } from '@/lib/schemas/template';
import { TeamVoiceSchema } from '@/lib/schemas/voice';
import { TriageSettingsPatchSchema } from '@/lib/triage/schema';

/** A stored site profile: the profile, and the pack it came with (none when written in Settings). */
export const StoredSiteProfileSchema = SiteProfileSchema.extend({
  packId: z.string().optional(),
  updatedAt: z.string(),
});
export type StoredSiteProfile = z.infer<typeof StoredSiteProfileSchema>;

/** The saved search index: its arrays are checked by lib/suggest/index-snapshot.ts on read. */
export interface StoredSearchIndex {
  key: string;
  savedAt: string;
  snapshot: unknown;
}

/** An installed pack: what it is, which version, and where it came from (builtin, file, URL). */
export const InstalledPackSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  version: z.string(),
  updatedAt: z.string(),
  source: z.string(),
  installedAt: z.string(),
  /** The pack's AI voice as this version carries it (not indexed: no database version needed). */
  voice: TeamVoiceSchema.optional(),
  /** The pack's triage thresholds as its newest import carried them (not indexed: no new Dexie version). */
  triage: TriageSettingsPatchSchema.optional(),
});
export type InstalledPack = z.infer<typeof InstalledPackSchema>;

/**
 * A pack URL the agent subscribed to. `id` is the URL itself (one subscription per URL); the
 * validators are the server's, sent back on the next check so an unchanged pack costs a 304.
 */
export const PackSubscriptionSchema = z.object({
  id: z.string().min(1),
  url: z.string().min(1),
  /** Known after the first successful fetch; a later response must serve the same pack. */
  packId: z.string().optional(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  createdAt: z.string(),
  lastCheckedAt: z.string().optional(),
  lastStatus: z.enum(['updated', 'unchanged', 'error']).optional(),
  /** What went wrong on the last check, in words for the agent; cleared by a good check. */
  lastError: z.string().optional(),
  /** The same as messages (headline, then one line per problem), so Settings shows it in the agent's language. */
  lastErrorText: z.array(StoredPackTextSchema).max(60).optional(),
});
export type PackSubscription = z.infer<typeof PackSubscriptionSchema>;

function recordId(value: unknown): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '(no id)';
}

function parseRecord<T>(schema: z.ZodType<T>, kind: string, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  // The id and the first problem only: bodies can contain customer-facing text.
  console.warn(`Deskpilot: skipped a corrupt ${kind} record "${recordId(value)}": ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return undefined;
}

export function parseStoredTemplate(value: unknown): Template | undefined {
  return value === undefined ? undefined : parseRecord(TemplateSchema, 'template', value);
}

export function parseStoredTemplates(values: unknown[]): Template[] {
  return values.flatMap((value) => parseStoredTemplate(value) ?? []);
}

export function parseStoredPack(value: unknown): InstalledPack | undefined {
  return value === undefined ? undefined : parseRecord(InstalledPackSchema, 'pack', value);
}

export function parseStoredSubscription(value: unknown): PackSubscription | undefined {
  return value === undefined ? undefined : parseRecord(PackSubscriptionSchema, 'subscription', value);
}

export function parseStoredSubscriptions(values: unknown[]): PackSubscription[] {
  return values.flatMap((value) => parseStoredSubscription(value) ?? []);
}

export function parseStoredSiteProfiles(values: unknown[]): StoredSiteProfile[] {
  return values.flatMap((value) => parseRecord(StoredSiteProfileSchema, 'site profile', value) ?? []);
}
