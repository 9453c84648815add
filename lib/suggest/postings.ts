/**
 * One term's frequencies by document slot, in one field. Restored from a saved index
 * (index-snapshot.ts), it reads the snapshot's two arrays in place: opening the panel builds no
 * Map per term. Documents indexed since go to a Map beside them; a removed one is swapped out of
 * the arrays (a scan of at most one entry per template, no copy), so an edit stays cheap.
 */
export class Postings {
  private readonly added = new Map<number, number>();
  private length: number;

  constructor(
    private readonly slots: Int32Array = new Int32Array(0),
    private readonly frequencies: Uint16Array = new Uint16Array(0),
  ) {
    this.length = slots.length;
  }

  get size(): number {
    return this.length + this.added.size;
  }

  private find(slot: number): number {
    for (let i = 0; i < this.length; i++) if (this.slots[i] === slot) return i;
    return -1;
  }

  set(slot: number, frequency: number): void {
    const at = this.find(slot);
    if (at >= 0) this.frequencies[at] = frequency;
    else this.added.set(slot, frequency);
  }

  delete(slot: number): void {
    if (this.added.delete(slot)) return;
    const at = this.find(slot);
    if (at < 0) return;
    this.length--;
    this.slots[at] = this.slots[this.length]!;
    this.frequencies[at] = this.frequencies[this.length]!;
  }

  /** Calls `visit` with each slot and its frequency: the scoring loop, without iterator objects. */
  forEach(visit: (slot: number, frequency: number) => void): void {
    for (let i = 0; i < this.length; i++) visit(this.slots[i]!, this.frequencies[i]!);
    this.added.forEach((frequency, slot) => visit(slot, frequency));
  }
}
