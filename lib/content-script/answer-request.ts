import type { ContentRequest } from '@/lib/schemas/messages';
import type { ApplyTagsResponse, GetListResponse, GetThreadResponse, InsertReplyResponse, OpenListRowResponse } from '@/lib/messaging';
import type { SiteAdapter } from '@/lib/sites/types';
import type { SnapshotResponse } from '@/lib/schemas/snapshot-messages';
import { answerSnapshot } from './answer-snapshot';
import type { SiteProfile } from '@/lib/sites/profile/types';
import { readRoute } from '@/lib/sites/engine/read-route';
import type { ProfileTestResult } from '@/lib/sites/profile/test-on-page';
import type { ReplyBoxImpl } from '@/lib/sites/reply-boxes/types';
import { installedExtras, type ExtrasRequest, type SiteExtras } from './extras-hook';
import { readWithStructural } from './structural-load';

/** The team's profiles the content script last received: the thread watcher reads with them too. */
export interface ProfileMemory {
  profiles: SiteProfile[];
  /** A test page's own page-read budget (lib/sites/fixture-pages.ts); the engine's otherwise. */
  budgetMs?: number | undefined;
}

/** Answers one parsed request. Never throws into the page: failures become a clear response. */
export async function answerRequest(
  request: ContentRequest,
  adapter: SiteAdapter | null,
  memory: ProfileMemory = { profiles: [] },
  given?: SiteExtras,
): Promise<
  | GetThreadResponse
  | InsertReplyResponse
  | SnapshotResponse
  | ProfileTestResult
  | ApplyTagsResponse
  | GetListResponse
  | OpenListRowResponse
  | null
> {
  // The list reader, tag applier, reply box and profile tester arrive with the page-extras script the panel
  // or Settings injects first.
  const extras = (): SiteExtras => given ?? (adapter ? installedExtras(adapter.id) : {});
  switch (request.type) {
    case 'getThread':
      // Parsed with the wire schema; validated in full by the sender (lib/sites/profile/schema.ts).
      if (request.profiles) memory.profiles = request.profiles as SiteProfile[];
      return readWithStructural(() => readThread(adapter, memory));
    case 'insertReply':
      return insertReply(adapter && extras().replyBox, request.text);
    case 'getSnapshot':
      return answerSnapshot(request, adapter, document, new URL(location.href));
    case 'testProfile':
      // Without the tester (not injected) the answer is null, which Settings reports as unreadable.
      return extras().testProfile?.(document, new URL(location.href), request.profile as SiteProfile) ?? null;
    case 'applyTags':
    case 'getList':
    case 'openListRow': {
      const found = extras();
      return adapter && found.answer ? found.answer(request, adapter, found) : withoutExtras(request, adapter);
    }
  }
}

/** Before the page-extras script is injected: no list, no tags field. */
function withoutExtras(request: ExtrasRequest, adapter: SiteAdapter | null): ApplyTagsResponse | GetListResponse | OpenListRowResponse {
  if (request.type === 'getList') return { site: adapter?.id ?? null, rows: null };
  return request.type === 'applyTags' ? { ok: false, applied: [], reason: 'no-applier' } : { ok: false };
}

function readThread(adapter: SiteAdapter | null, { profiles, budgetMs }: ProfileMemory): GetThreadResponse {
  if (!adapter) return { thread: null, reason: 'unsupported-site' };
  // A route the site does not know is read too; one that shows no conversation is no ticket page.
  const { route, thread } = readRoute(document, new URL(location.href), { adapter, profiles, profileBudgetMs: budgetMs });
  if (thread) return { thread };
  return { thread: null, reason: route === 'conversation' ? 'nothing-found' : 'not-a-ticket-page' };
}

/** `replyBox` null: no adapter for this page; undefined: the page-extras script is not injected yet. */
async function insertReply(replyBox: ReplyBoxImpl | null | undefined, text: string): Promise<InsertReplyResponse> {
  if (replyBox === null) return { ok: false, reason: 'unknown-page' };
  try {
    const ok = (await replyBox?.insertReply(document, text)) ?? false;
    return ok ? { ok } : { ok, reason: 'no-reply-box' };
  } catch {
    return { ok: false, reason: 'page-refused' };
  }
}
