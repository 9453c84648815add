/**
 * What a reader found in the page around the conversation — the signed-in account in the page's
 * chrome, the subject above the messages, the customer's card beside them — kept until anything
 * outside the conversation changes. Those are page-wide queries (a 1 MB page has 30,000 elements)
 * that cost a third of a read, while what changes between two reads is mostly the conversation
 * itself: a message arriving, a message unfolding (issue 12). One MutationObserver per document
 * watches the whole page; its pending records are taken before every lookup, so a change made just
 * before a read is never missed. A change inside the conversation does not count; a change to the
 * conversation element itself, or its removal, does. Without a MutationObserver nothing is kept.
 *
 * Not a change: a form field's typed value (no DOM mutation) — the thread watcher does not re-read
 * on typing either (lib/content-script/watch-thread.ts).
 */

interface Kept {
  /** The conversation the value was read around; null: any change counts. */
  inside: Element | null;
  /** The reader's other inputs (strings, elements; as many for every read of a key): another is another read. */
  inputs: readonly unknown[];
  value: unknown;
}

/** Per document, what is kept by key; null: the document has no MutationObserver. */
const memos = new WeakMap<Document, { observer: MutationObserver; kept: Map<object, Kept> } | null>();

/**
 * `read()`'s answer for `key` with `inputs`, from memory while nothing in `doc` outside `inside`
 * changed. The answer is shared between reads: callers must not change it.
 */
export function rememberedOutside<T>(doc: Document, inside: Element | null, key: object, inputs: readonly unknown[], read: () => T): T {
  let memo = memos.get(doc);
  if (memo === undefined) {
    const Observer = doc.defaultView?.MutationObserver;
    const kept = new Map<object, Kept>();
    memo = typeof Observer === 'function' ? { observer: new Observer((records) => forgetChanged(kept, records)), kept } : null;
    memo?.observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    memos.set(doc, memo);
  }
  if (!memo) return read();
  forgetChanged(memo.kept, memo.observer.takeRecords());
  const kept = memo.kept.get(key);
  if (kept?.inside === inside && kept.inputs.every((value, index) => value === inputs[index])) return kept.value as T;
  const value = read();
  memo.kept.set(key, { inside, inputs, value });
  return value;
}

/** Every value a change outside its conversation may have changed is forgotten. */
function forgetChanged(kept: Map<object, Kept>, records: MutationRecord[]): void {
  for (const [key, { inside }] of kept) {
    // A change of the conversation element's own attributes counts (it may stop being the
    // conversation), and so does its removal (a change of its parent); messages added to or taken
    // from it do not.
    if (records.some((record) => !inside?.contains(record.target) || (record.type === 'attributes' && record.target === inside)))
      kept.delete(key);
  }
}
