/**
 * The elements the HTML scan has open, innermost last. Held in chunks of a few
 * thousand: one array of 90,000 names (30,000 unclosed `<div><span><font>` runs) made the scan
 * spend most of its time growing and shrinking it, as V8 moves a large array's store each time.
 */
const CHUNK_BITS = 12;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

export class OpenElements<E> {
  private readonly chunks: E[][] = [];
  length = 0;

  push(element: E): void {
    const chunk = this.length >>> CHUNK_BITS;
    if (chunk === this.chunks.length) this.chunks.push([]);
    // Slots are written in order from 0 (a chunk is only ever filled up to `length`): no holes.
    (this.chunks[chunk] ?? [])[this.length & CHUNK_MASK] = element;
    this.length++;
  }

  /** The innermost open element, removed; undefined when none is open. */
  pop(): E | undefined {
    const element = this.top();
    if (this.length > 0) this.length--;
    return element;
  }

  /** The element at `index` (0 is the outermost); undefined outside the open elements. */
  at(index: number): E | undefined {
    if (index < 0 || index >= this.length) return undefined;
    return this.chunks[index >>> CHUNK_BITS]?.[index & CHUNK_MASK];
  }

  /** The innermost open element, or undefined. */
  top(): E | undefined {
    return this.at(this.length - 1);
  }
}
