/**
 * Reading an inbox *list* page (Gmail's inbox or a label, a helpdesk view) into conversations for
 * the Queue. Like an adapter, a list reader takes the document and never calls `browser.*`; it runs
 * in the content script (type-only imports), in unit tests and in the CLI. Read-only, except
 * `openRow`, which clicks a row as the agent would to open that conversation.
 */
import type { ListRow } from '@/lib/queue/schema';
import type { SiteId } from '@/lib/schemas/ticket';

/** The row's type is its schema's (validated where the panel receives it); a type import adds nothing to a content script. */
export type { ListRow };

export interface ListReader {
  id: SiteId;
  isListPage(url: URL): boolean;
  /** The visible conversations, top to bottom; null when the page shows no list. */
  readList(document: Document, url: URL): ListRow[] | null;
  /** Opens the row's conversation the way a click does; false when the row is gone. */
  openRow(document: Document, key: string): boolean;
}
