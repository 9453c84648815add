/**
 * One cap for every reader: the newest MAX_THREAD_MESSAGES messages are read, older ones are only
 * counted ("n earlier messages"). An agent answers the latest messages; a 5,000-message page must
 * not cost 5,000 reads (issue 12).
 */
import type { Thread } from '@/lib/schemas/ticket';

export const MAX_THREAD_MESSAGES = 200;

/** The newest `max` of a chronological list, and how many older ones were left out. */
export function newestOf<T>(items: readonly T[], max = MAX_THREAD_MESSAGES): { kept: T[]; earlier: number } {
  const earlier = Math.max(0, items.length - max);
  return { kept: earlier > 0 ? items.slice(earlier) : [...items], earlier };
}

/** The thread with at most the newest MAX_THREAD_MESSAGES messages; older ones add to `earlierMessages`. */
export function capThread(thread: Thread): Thread {
  const { kept, earlier } = newestOf(thread.messages);
  if (earlier === 0) return thread;
  return { ...thread, messages: kept, earlierMessages: (thread.earlierMessages ?? 0) + earlier };
}
