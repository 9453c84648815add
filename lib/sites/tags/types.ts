/**
 * Applies tags through a page's own tags field, as an agent would type them: nothing is saved or
 * sent (the agent submits the ticket). Like an adapter, it takes the document and never calls
 * `browser.*`. Type-only imports: this runs in the content script.
 */
import type { TagsFailure } from '@/lib/schemas/responses';

export interface ApplyTagsOutcome {
  /** Tags now shown in the page's field (added now or there before). */
  applied: string[];
  /** Why some or all could not be added: a code the panel words in the agent's language. */
  failure?: TagsFailure;
  /** The tags the page did not take (`not-taken`, `gmail-no-label`). */
  missing?: string[];
}

export interface TagApplier {
  /** The tags the page's field shows now, or null when the page has no tags field. */
  readTags(document: Document): string[] | null;
  applyTags(document: Document, tags: string[]): Promise<ApplyTagsOutcome>;
}
