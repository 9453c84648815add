/** What the HTML scan (lib/ticket/strip-reply-html-scan.ts) hands its listener, in document order. */

/** A tag as the scan hands it over: its lower-cased name, and what the listener said of that name. */
export interface ScannedTag<T> {
  readonly name: string;
  readonly facts: T;
}

/**
 * Positions are string indices into the scanned HTML: `open` gets where the element's content
 * starts, `close` where it ends, so a listener can set a whole element aside and read it later.
 */
export interface HtmlEvents<T> {
  /**
   * What the listener needs to know of a tag name, asked once per name in a scan (mail repeats a handful
   * of names): its tags then carry the answer, and no set of names is searched per tag (60,000 `<p>`s).
   */
  describe(name: string): T;
  /** `attributeSource` is the raw text after the name; parseAttributes reads it when needed (most tags are read for their name only). */
  open(tag: ScannedTag<T>, attributeSource: string, depth: number, contentStart: number): void;
  /** Raw text: `decodeText` turns it into what it shows (skipped for text that is set aside). */
  text(rawText: string): void;
  close(tag: ScannedTag<T>, depth: number, contentEnd: number): void;
  /** Asked after every event: true stops the scan (the rest is quoted history). */
  done(): boolean;
}
