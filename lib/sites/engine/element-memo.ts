/**
 * What a reader read from an element, kept until anything inside the element changes. The content
 * script re-reads the whole thread after every change of the page (lib/content-script/
 * watch-thread.ts), and Gmail changes its page all the time while a message, once shown, rarely
 * changes: with this, a re-read of a 100-message thread reads again only the messages that changed
 * (issue 12). A MutationObserver watches each remembered element (its subtree, attributes and
 * text), and its pending records are taken before every lookup, so a change made just before a
 * read is never missed. Without a MutationObserver (a DOM without one) nothing is remembered.
 */

/** Elements watched at most per page; past this everything is forgotten and watching starts again. */
export const MAX_REMEMBERED = 2_000;

interface Memo {
  observer: MutationObserver;
  /** Per element: per reader key (e.g. the profile it was read with), what was read. */
  values: WeakMap<Node, Map<object, unknown>>;
  /** Elements the observer watches: one read again after a change is not counted twice. */
  observed: WeakSet<Node>;
  watched: number;
}

/** Per document; null: the document has no MutationObserver. */
const memos = new WeakMap<Document, Memo | null>();

/**
 * `read()`'s answer for `element` under `key`, from memory while nothing inside the element
 * changed. The answer is shared between reads: callers must not change it.
 */
export function remembered<T>(element: Element, key: object, read: () => T): T {
  const memo = element.isConnected ? memoOf(element.ownerDocument) : null;
  if (!memo) return read();
  forgetChanged(memo, memo.observer.takeRecords());
  let byKey = memo.values.get(element);
  if (byKey?.has(key)) return byKey.get(key) as T;
  const value = read();
  if (!byKey) {
    if (memo.watched >= MAX_REMEMBERED) {
      // Everything is forgotten and watching starts again.
      memo.observer.disconnect();
      memo.values = new WeakMap();
      memo.observed = new WeakSet();
      memo.watched = 0;
    }
    byKey = new Map();
    memo.values.set(element, byKey);
    if (!memo.observed.has(element)) {
      memo.observer.observe(element, { subtree: true, childList: true, attributes: true, characterData: true });
      memo.observed.add(element);
      memo.watched++;
    }
  }
  byKey.set(key, value);
  return value;
}

function memoOf(doc: Document): Memo | null {
  let memo = memos.get(doc);
  if (memo === undefined) {
    const Observer = doc.defaultView?.MutationObserver;
    memo =
      typeof Observer === 'function'
        ? { observer: new Observer((records) => forgetChanged(memo!, records)), values: new WeakMap(), observed: new WeakSet(), watched: 0 }
        : null;
    memos.set(doc, memo);
    // A frame's document (a mail body in `srcdoc`, ../text.ts) arrives at the frame's `load`, which changes
    // nothing the observer sees: the elements holding the frame are forgotten then. `load` does not bubble; capture sees it.
    if (memo) doc.addEventListener('load', (event) => isFrame(event.target) && forgetChanged(memo!, [{ target: event.target }]), true);
  }
  return memo;
}

/** An `<iframe>`'s load, not an image's: images load all the time in a mailbox and change no text. */
export const isFrame = (target: EventTarget | null): target is HTMLIFrameElement => (target as Element | null)?.localName === 'iframe';

/** Every remembered element holding a changed node is forgotten (a change inside a message, or to it). */
function forgetChanged(memo: Memo, records: readonly Pick<MutationRecord, 'target'>[]): void {
  for (const record of records) {
    for (let node: Node | null = record.target; node; node = node.parentNode) memo.values.delete(node);
  }
}
