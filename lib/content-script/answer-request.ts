import type { ContentRequest } from '@/lib/schemas/messages';
import type { GetThreadResponse, InsertReplyResponse } from '@/lib/messaging';
import type { SiteAdapter } from '@/lib/sites/types';
import type { SnapshotResponse } from '@/lib/schemas/snapshot-messages';
import { answerSnapshot } from './answer-snapshot';

/** Answers one parsed request. Never throws into the page: failures become a clear response. */
export async function answerRequest(
  request: ContentRequest,
  adapter: SiteAdapter | null,
): Promise<GetThreadResponse | InsertReplyResponse | SnapshotResponse> {
  switch (request.type) {
    case 'getThread':
      return readThread(adapter);
    case 'insertReply':
      return insertReply(adapter, request.text);
    case 'getSnapshot':
      return answerSnapshot(request, adapter, document, new URL(location.href));
  }
}

function readThread(adapter: SiteAdapter | null): GetThreadResponse {
  if (!adapter) return { thread: null, reason: 'unsupported-site' };
  const url = new URL(location.href);
  if (!adapter.isTicketPage(url)) return { thread: null, reason: 'not-a-ticket-page' };
  try {
    const thread = adapter.readThread(document, url);
    return thread ? { thread } : { thread: null, reason: 'nothing-found' };
  } catch {
    return { thread: null, reason: 'nothing-found' };
  }
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
