/**
 * Counts the garbage collections during a bench row (PerformanceObserver 'gc'), to print beside
 * its times: on a shared heap a collection landing in one timed call is most of its CPU time.
 */
import { PerformanceObserver } from 'node:perf_hooks';

export function countCollections(): { stop: () => Promise<{ count: number; ms: number }> } {
  let count = 0;
  let ms = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      count++;
      ms += entry.duration;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    // Node hands gc entries to observers a tick later.
    stop: async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      observer.disconnect();
      return { count, ms };
    },
  };
}
