/**
 * The one reading engine. A page is read by the site's own reader, by each of the team's site
 * profiles for that site (from packs or Settings), and — when none of those is confident — by the
 * structural reader given what the site knows. The most confident read wins (on a tie: a team's
 * profile, then the site, then structural); every read is capped the same way (./cap.ts) and says
 * which reader read it. Never throws.
 */
import type { Reader, Thread } from '@/lib/schemas/ticket';
import type { SiteAdapter } from '../types';
import type { SiteProfile } from '../profile/types';
import { readWithProfile } from '../profile/read-with-profile';
import { capThread } from './cap';
import { hasNoCustomer, structuralRolesFit } from './no-customer';
import { structuralReader } from './structural-source';
import { namesNoOne, withStructuralNames } from './unnamed';

/**
 * Below this the site's (or profile's) read is treated as failed and the structural reader is
 * asked; above it, a read that found the conversation is kept — the site knows its roles better
 * than any guess from structure (measured on tests/fixtures: site reads score 0.57–1).
 */
export const LOW_CONFIDENCE = 0.5;
const PRIORITY: Record<Reader, number> = { profile: 0, site: 1, structural: 2 };

export interface ReadingSetup {
  adapter: SiteAdapter;
  /** The team's profiles; only those for the adapter's site are used. */
  profiles?: readonly SiteProfile[];
  /** Read with one reader only (CLI `--adapter generic`, Settings' test). */
  only?: Reader;
  /** Time a profile read may take (lib/sites/profile/read-with-profile.ts); Node readers give more. */
  profileBudgetMs?: number;
}

export function readPage(doc: Document, url: URL, setup: ReadingSetup): Thread | null {
  try {
    return read(doc, url, setup);
  } catch {
    return null;
  }
}

function read(doc: Document, url: URL, { adapter, profiles = [], only, profileBudgetMs }: ReadingSetup): Thread | null {
  const use = (reader: Reader) => only === undefined || only === reader;
  const candidates: Thread[] = [];
  // The generic adapter is the structural reader itself (with the agent's selection, when chosen).
  if (adapter.id === 'generic') {
    if (!use('structural')) return null;
    const thread = adapter.readThread(doc, url);
    return thread && thread.messages.length > 0 ? capThread({ ...thread, reader: 'structural' }) : null;
  }
  if (use('site'))
    push(
      candidates,
      guarded(() => adapter.readThread(doc, url)),
      'site',
    );
  // Never true in the generic content script, whose adapter reads no profiles (it returned above):
  // the build folds it there (WXT's per-entrypoint ENTRYPOINT) and leaves the profile reader out of
  // that script, 2.9 KB gzip of its 30 KB budget (issue 10). Read as always everywhere else; `?.`:
  // under tsx (CLI, eval) there is no import.meta.env.
  if (import.meta.env?.ENTRYPOINT !== 'generic' && use('profile')) {
    for (const profile of profiles)
      if (profile.site === adapter.id) push(candidates, readWithProfile(doc, url, profile, profileBudgetMs), 'profile');
  }
  const best = pick(candidates);
  // A read whose role rules found no customer among several authors is not sure of its roles (./no-customer.ts).
  const rolesUnfounded = best !== null && hasNoCustomer(best);
  const sure = best !== null && best.confidence >= LOW_CONFIDENCE && !rolesUnfounded;
  // A sure read that names no one keeps its messages and roles and takes the names the structural reader finds (./unnamed.ts).
  if ((sure && !namesNoOne(best)) || !use('structural')) return best && capThread(best);
  // Null in a site's content script until the structural reader is injected (./structural-source.ts).
  const structural = structuralReader()?.(doc, url, { ...safeHints(adapter, doc), site: adapter.id }) ?? null;
  if (sure) return capThread(withStructuralNames(best, structural));
  if (
    structural &&
    structural.messages.length > 0 &&
    (!best || structural.confidence > best.confidence || (rolesUnfounded && structuralRolesFit(structural, best)))
  ) {
    return capThread({ ...structural, site: adapter.id, reader: 'structural' });
  }
  return best && capThread(best);
}

function push(candidates: Thread[], thread: Thread | null, reader: Reader): void {
  if (thread && thread.messages.length > 0) candidates.push({ ...thread, reader: thread.reader ?? reader });
}

function pick(candidates: Thread[]): Thread | null {
  let best: Thread | null = null;
  for (const thread of candidates) {
    if (!best || thread.confidence > best.confidence || (thread.confidence === best.confidence && rank(thread) < rank(best))) best = thread;
  }
  return best;
}

function rank(thread: Thread): number {
  return PRIORITY[thread.reader ?? 'site'];
}

/** One reader's failure is that reader finding nothing: the next one still reads. */
function guarded(read: () => Thread | null): Thread | null {
  try {
    return read();
  } catch {
    return null;
  }
}

function safeHints(adapter: SiteAdapter, doc: Document) {
  try {
    return adapter.structuralHints?.(doc) ?? {};
  } catch {
    return {};
  }
}
