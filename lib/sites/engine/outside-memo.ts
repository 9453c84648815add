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
  /** The reader's other inputs (strings, elements): a different input is a different read. */
  inputs: readonly unknown[];
  value: unknown;
}

interface Memo {
  observer: MutationObserver;
  kept: Map<object, Kept>;
}

const memos = new WeakMap<Document, Memo | null>();

/**
 * `read()`'s answer for `key` with `inputs`, from memory while nothing in `doc` outside `inside`
 * changed. The answer is shared between reads: callers must not change it.
 */
export function rememberedOutside<T>(doc: Document, inside: Element | null, key: object, inputs: readonly unknown[], read: () => T): T {
  const memo = memoOf(doc);
  if (!memo) return read();
  forgetChanged(memo, memo.observer.takeRecords());
  const kept = memo.kept.get(key);
  if (kept && kept.inside === inside && (!inside || inside.isConnected) && sameInputs(kept.inputs, inputs)) return kept.value as T;
  const value = read();
  memo.kept.set(key, { inside, inputs, value });
  return value;
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

function memoOf(doc: Document): Memo | null {
  let memo = memos.get(doc);
  if (memo !== undefined) return memo;
  const Observer = doc.defaultView?.MutationObserver;
  memo = null;
  if (typeof Observer === 'function') {
    const kept = new Map<object, Kept>();
    const observer = new Observer((records) => forgetChanged(memo!, records));
    observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    memo = { observer, kept };
  }
  memos.set(doc, memo);
  return memo;
}

/** Every value a change outside its conversation may have changed is forgotten. */
function forgetChanged(memo: Memo, records: MutationRecord[]): void {
  if (records.length === 0 || memo.kept.size === 0) return;
  for (const [key, kept] of memo.kept) {
    const { inside } = kept;
    // A change of the conversation element's own attributes counts (it may stop being the
    // conversation); messages added to or taken from it do not.
    const outside = (record: MutationRecord) =>
      !inside?.contains(record.target) || (record.type === 'attributes' && record.target === inside);
    if (records.some(outside)) memo.kept.delete(key);
  }
}
