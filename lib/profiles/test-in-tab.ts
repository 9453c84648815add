/**
 * Settings' "test on this page": sends a validated profile to a tab's content script and parses
 * what comes back (the page is untrusted).
 */
import { z } from 'zod';
import { englishText } from '@/lib/i18n/issue-text';
import { sendToTab } from '@/lib/messaging';
import { injectPageExtras } from '@/lib/page-extras';
import { ThreadSchema } from '@/lib/schemas/ticket';
import type { SiteProfile } from '@/lib/sites/profile/types';

export const ProfileTestResultSchema = z.object({
  findings: z
    .array(z.object({ path: z.string(), selector: z.string(), count: z.number().int().min(0), sample: z.string().max(200) }))
    .max(20),
  thread: ThreadSchema.nullable(),
});
/** A failed test says why as a code (`profiles.test.<reason>` in Settings); `message` is the English. */
export type ProfileTestOutcome =
  | { ok: true; result: z.infer<typeof ProfileTestResultSchema> }
  | { ok: false; reason: 'unreachable' | 'unreadable'; message: string };

export async function testProfileInTab(tabId: number, profile: SiteProfile): Promise<ProfileTestOutcome> {
  let raw: unknown;
  try {
    // The tester comes with the page-extras script, kept out of the content scripts (their size budget).
    await injectPageExtras(tabId);
    raw = await sendToTab(tabId, { type: 'testProfile', profile });
  } catch {
    return { ok: false, reason: 'unreachable', message: englishText('profiles.test.unreachable') };
  }
  const parsed = ProfileTestResultSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, result: parsed.data }
    : { ok: false, reason: 'unreadable', message: englishText('profiles.test.unreadable') };
}
