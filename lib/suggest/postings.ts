/**
 * One term's frequencies by document slot, in one field. Restored from a saved index
 * (index-snapshot.ts), it reads its range of the snapshot's two shared arrays in place: opening
 * the panel builds no Map and no typed-array view per term (15,000 of each for 5,000 templates
 * took about 35 ms of the read-back's 100, 2026-12-05). Documents indexed since go to a Map beside
 * them, made on the first one; a removed one is swapped out of the range (a scan of at most one
 * entry per template, no copy), so an edit stays cheap.
 */
const NONE_SLOTS = new Int32Array(0);
const NONE_FREQUENCIES = new Uint16Array(0);

export class Postings {
  private added: Map<number, number> | null = null;
  private end: number;

  /** Reads `slots`/`frequencies`[from .. to); the range is this term's alone (it is written to in place). */
  constructor(
    private readonly slots: Int32Array = NONE_SLOTS,
    private readonly frequencies: Uint16Array = NONE_FREQUENCIES,
    private readonly from = 0,
    to = slots.length,
  ) {
    this.end = to;
  }

  get size(): number {
    return this.end - this.from + (this.added?.size ?? 0);
  }

  private find(slot: number): number {
    for (let i = this.from; i < this.end; i++) if (this.slots[i] === slot) return i;
    return -1;
  }

  set(slot: number, frequency: number): void {
    const at = this.find(slot);
    if (at >= 0) {
      this.frequencies[at] = frequency;
      return;
    }
    this.added ??= new Map();
    this.added.set(slot, frequency);
  }

  delete(slot: number): void {
    if (this.added?.delete(slot)) return;
    const at = this.find(slot);
    if (at < 0) return;
    this.end--;
    this.slots[at] = this.slots[this.end]!;
    this.frequencies[at] = this.frequencies[this.end]!;
  }

  /** Calls `visit` with each slot and its frequency: the scoring loop, without iterator objects. */
  forEach(visit: (slot: number, frequency: number) => void): void {
    const { slots, frequencies, end } = this;
    for (let i = this.from; i < end; i++) visit(slots[i]!, frequencies[i]!);
    this.added?.forEach((frequency, slot) => visit(slot, frequency));
  }
}
