/**
 * Resolves with what `find` returns once it is not null (a reply box the page renders after a
 * click), or with null after `timeoutMs`.
 */
export function waitFor<T>(doc: Document, find: () => T | null, timeoutMs: number): Promise<T | null> {
  return new Promise((resolve) => {
    const found = find();
    if (found) return resolve(found);
    const win = doc.defaultView;
    if (!win) return resolve(null);
    const finish = (value: T | null) => {
      observer.disconnect();
      win.clearInterval(poll);
      win.clearTimeout(deadline);
      resolve(value);
    };
    const check = () => {
      const value = find();
      if (value) finish(value);
    };
    const observer = new win.MutationObserver(check);
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true });
    // Mutations inside shadow roots and style-only changes do not reach the observer: poll too.
    const poll = win.setInterval(check, 100);
    const deadline = win.setTimeout(() => finish(null), timeoutMs);
  });
}
