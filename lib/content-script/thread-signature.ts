import type { SiteAdapter } from '@/lib/sites/types';
import { readRoute } from '@/lib/sites/engine/read-route';
import type { ProfileMemory } from './answer-request';

export interface PageSignature {
  /** Cheap to compare: changes when another thread opens or a message arrives. */
  key: string;
  /** A route no adapter declared was read and showed no conversation: the watcher waits longer before the next read. */
  missed: boolean;
}

/** What the thread watcher compares, read with the same route decision as the panel's request. */
export function threadSignature(adapter: SiteAdapter | null, memory: ProfileMemory, url = new URL(location.href)): PageSignature {
  if (!adapter) return { key: `none:${url.href}`, missed: false };
  try {
    const { route, thread } = readRoute(document, url, { adapter, profiles: memory.profiles, profileBudgetMs: memory.budgetMs });
    if (!thread) return { key: `${route === 'conversation' ? 'empty' : 'none'}:${url.href}`, missed: route === 'unknown' };
    const lastMessage = thread.messages.at(-1);
    const key = [
      thread.threadId ?? url.href,
      thread.subject,
      thread.earlierMessages ?? 0,
      thread.messages.length,
      lastMessage?.text.length ?? 0,
    ];
    return { key: key.join('|'), missed: false };
  } catch {
    return { key: `error:${url.href}`, missed: false };
  }
}
