import type { ContentRequest } from '@/lib/schemas/messages';
import type { GetThreadResponse, InsertReplyResponse } from '@/lib/messaging';
import type { SiteAdapter } from '@/lib/sites/types';
import type { SnapshotResponse } from '@/lib/schemas/snapshot-messages';
import { answerSnapshot } from './answer-snapshot';
import type { SiteProfile } from '@/lib/sites/profile/types';
import { readPage } from '@/lib/sites/engine/read-page';
import { testProfileOnPage, type ProfileTestResult } from '@/lib/sites/profile/test-on-page';

/** The team's profiles the content script last received: the thread watcher reads with them too. */
export interface ProfileMemory {
  profiles: SiteProfile[];
}

/** Answers one parsed request. Never throws into the page: failures become a clear response. */
export async function answerRequest(
  request: ContentRequest,
  adapter: SiteAdapter | null,
  memory: ProfileMemory = { profiles: [] },
): Promise<GetThreadResponse | InsertReplyResponse | SnapshotResponse | ProfileTestResult> {
  switch (request.type) {
    case 'getThread':
      // Parsed with the wire schema; validated in full by the sender (lib/sites/profile/schema.ts).
      if (request.profiles) memory.profiles = request.profiles as SiteProfile[];
      return readThread(adapter, memory.profiles);
    case 'insertReply':
      return insertReply(adapter, request.text);
    case 'getSnapshot':
      return answerSnapshot(request, adapter, document, new URL(location.href));
    case 'testProfile':
      return testProfileOnPage(document, new URL(location.href), request.profile as SiteProfile);
  }
}

function readThread(adapter: SiteAdapter | null, profiles: SiteProfile[]): GetThreadResponse {
  if (!adapter) return { thread: null, reason: 'unsupported-site' };
  const url = new URL(location.href);
  if (!adapter.isTicketPage(url)) return { thread: null, reason: 'not-a-ticket-page' };
  const thread = readPage(document, url, { adapter, profiles });
  return thread ? { thread } : { thread: null, reason: 'nothing-found' };
}

async function insertReply(adapter: SiteAdapter | null, text: string): Promise<InsertReplyResponse> {
  if (!adapter) return { ok: false, message: 'Deskpilot does not know this page, so it cannot find its reply box.' };
  try {
    const ok = await adapter.insertReply(document, text);
    return ok ? { ok } : { ok, message: 'The reply box could not be found or opened on this page. Open it and try again.' };
  } catch {
    return { ok: false, message: 'The page refused the text. Paste it instead (it is on the clipboard after Copy).' };
  }
}
