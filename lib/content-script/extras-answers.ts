/**
 * The answers to the requests only the page-extras script can answer — the inbox list (the Queue),
 * opening a listed conversation, adding tags — installed with it (entrypoints/page-extras.ts) and
 * called by the tab's content script (./answer-request.ts), so none of this is in a content script.
 */
import type { ApplyTagsResponse, GetListResponse, OpenListRowResponse } from '@/lib/messaging';
import { isLoopback } from '@/lib/sites/fixture-pages';
import type { ListReader } from '@/lib/sites/lists/types';
import type { TagApplier } from '@/lib/sites/tags/types';
import type { SiteAdapter } from '@/lib/sites/types';
import type { ExtrasRequest, SiteExtras } from './extras-hook';

/** Only test and demo builds read loopback fixture pages (lib/content-script/run.ts). */
const FIXTURE_BUILD = import.meta.env.MODE !== 'production';

export async function answerExtras(
  request: ExtrasRequest,
  adapter: SiteAdapter,
  extras: SiteExtras,
): Promise<ApplyTagsResponse | GetListResponse | OpenListRowResponse> {
  switch (request.type) {
    case 'applyTags':
      return applyTags(extras.tags, request.tags);
    case 'getList':
      return readList(adapter, extras.list);
    case 'openListRow':
      return { ok: openListRow(extras.list, request.key) };
  }
}

async function applyTags(applier: TagApplier | undefined, tags: string[]): Promise<ApplyTagsResponse> {
  if (!applier) return { ok: false, applied: [], reason: 'no-applier' };
  try {
    const { applied, failure, missing } = await applier.applyTags(document, tags);
    return { ok: failure === undefined, applied, ...(failure ? { reason: failure } : {}), ...(missing ? { missing } : {}) };
  } catch {
    return { ok: false, applied: [], reason: 'page-refused' };
  }
}

function readList(adapter: SiteAdapter, reader: ListReader | undefined): GetListResponse {
  const url = new URL(location.href);
  // A loopback fixture page stands for its site's list page; its reader still needs a list in the DOM.
  if (!reader || !(reader.isListPage(url) || (FIXTURE_BUILD && isLoopback(url)))) return { site: adapter.id, rows: null };
  try {
    return { site: reader.id, rows: reader.readList(document, url) };
  } catch {
    return { site: reader.id, rows: null };
  }
}

function openListRow(reader: ListReader | undefined, key: string): boolean {
  try {
    return reader?.openRow(document, key) ?? false;
  } catch {
    return false;
  }
}
