/**
 * A site adapter's reading, as its built-in profile (lib/sites/profiles/) read by the one profile
 * reader with the site's hooks. Built-in selectors are ours and run without a time budget, as the
 * adapters' code always did; the engine (lib/sites/engine/read-page.ts) caps every read.
 */
import type { Thread } from '@/lib/schemas/ticket';
import { neverThrows } from '../never-throws';
import type { ReadingHooks } from './hooks';
import { readWithProfile } from './read-with-profile';
import type { SiteProfile } from './types';

export function readBuiltIn(profile: SiteProfile, hooks?: ReadingHooks): (doc: Document, url: URL) => Thread | null {
  return neverThrows((doc: Document, url: URL) => readWithProfile(doc, url, profile, Number.POSITIVE_INFINITY, { hooks, reader: 'site' }));
}
