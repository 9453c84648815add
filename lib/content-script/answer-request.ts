import type { ContentRequest } from '@/lib/schemas/messages';
import type { ApplyTagsResponse, GetListResponse, GetThreadResponse, InsertReplyResponse, OpenListRowResponse } from '@/lib/messaging';
import { isLoopback } from '@/lib/sites/fixture-pages';
import type { SiteAdapter } from '@/lib/sites/types';
import type { SnapshotResponse } from '@/lib/schemas/snapshot-messages';
import { answerSnapshot } from './answer-snapshot';
import type { SiteProfile } from '@/lib/sites/profile/types';
import { readPage } from '@/lib/sites/engine/read-page';
import { testProfileOnPage, type ProfileTestResult } from '@/lib/sites/profile/test-on-page';
import type { ListReader } from '@/lib/sites/lists/types';
import type { TagApplier } from '@/lib/sites/tags/types';
import { installedExtras, type SiteExtras } from './extras-hook';

/** The team's profiles the content script last received: the thread watcher reads with them too. */
export interface ProfileMemory {
  profiles: SiteProfile[];
}

/** Only test and demo builds read loopback fixture pages (lib/content-script/run.ts). */
const FIXTURE_BUILD = import.meta.env.MODE !== 'production';

/** Answers one parsed request. Never throws into the page: failures become a clear response. */
export async function answerRequest(
  request: ContentRequest,
  adapter: SiteAdapter | null,
  memory: ProfileMemory = { profiles: [] },
  given?: SiteExtras,
): Promise<
  GetThreadResponse | InsertReplyResponse | SnapshotResponse | ProfileTestResult | ApplyTagsResponse | GetListResponse | OpenListRowResponse
> {
  // The list reader and tag applier arrive with the page-extras script the panel injects first.
  const extras = (): SiteExtras => given ?? (adapter ? installedExtras(adapter.id) : {});
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
    case 'applyTags':
      return applyTags(adapter && extras().tags, request.tags);
    case 'getList':
      return readList(adapter, adapter && extras().list);
    case 'openListRow':
      return { ok: openListRow(adapter && extras().list, request.key) };
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
  // Codes, not sentences: the panel words them in the agent's language (lib/insert-reply.ts).
  if (!adapter) return { ok: false, reason: 'unknown-page' };
  try {
    const ok = await adapter.insertReply(document, text);
    return ok ? { ok } : { ok, reason: 'no-reply-box' };
  } catch {
    return { ok: false, reason: 'page-refused' };
  }
}

async function applyTags(applier: TagApplier | null | undefined, tags: string[]): Promise<ApplyTagsResponse> {
  if (!applier) return { ok: false, applied: [], reason: 'no-applier' };
  try {
    const { applied, failure, missing } = await applier.applyTags(document, tags);
    return { ok: failure === undefined, applied, ...(failure ? { reason: failure } : {}), ...(missing ? { missing } : {}) };
  } catch {
    return { ok: false, applied: [], reason: 'page-refused' };
  }
}

function readList(adapter: SiteAdapter | null, reader: ListReader | null | undefined): GetListResponse {
  const url = new URL(location.href);
  // A loopback fixture page stands for its site's list page; its reader still needs a list in the DOM.
  if (!reader || !(reader.isListPage(url) || (FIXTURE_BUILD && isLoopback(url)))) return { site: adapter?.id ?? null, rows: null };
  try {
    return { site: reader.id, rows: reader.readList(document, url) };
  } catch {
    return { site: reader.id, rows: null };
  }
}

function openListRow(reader: ListReader | null | undefined, key: string): boolean {
  try {
    return reader?.openRow(document, key) ?? false;
  } catch {
    return false;
  }
}
