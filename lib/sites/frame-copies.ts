/**
 * A copied `<iframe>` loads nothing: a detached copy of the page (the composed copy of its shadow roots,
 * ./shadow-composed.ts; the copy with nested messages put out, ./page-copy.ts) would lose the mail a
 * same-origin frame shows (Zendesk's and Front's `srcdoc` comments). Each copy remembers the frame it
 * was copied from, and the text reader reads that frame's document (./text.ts).
 */
const sources = new WeakMap<Element, HTMLIFrameElement>();

/** Remembers that `copy` is a copy of the frame `source` (copies of copies lead to the page's frame). */
export function rememberFrameCopy(copy: Element, source: Element): void {
  const frame = sources.get(source) ?? (source as HTMLIFrameElement);
  sources.set(copy, frame);
}

/**
 * The document a frame shows: for a copy, that of the page's frame it was copied from (what the page
 * shows, which its script may have written; a test DOM loads a copy's `srcdoc` afresh), else its own.
 */
export function frameDocument(frame: HTMLIFrameElement): Document | null {
  const source = sources.get(frame);
  return source ? source.contentDocument : frame.contentDocument;
}
