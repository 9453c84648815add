/**
 * The lines the plain-text scan keeps, in order. A run of consecutive lines kept as they are is
 * held as a range and copied once (a push per line cost a 1 MB mail of short lines a quarter of
 * its scan). Reading the lines copies the run first, and a line that does not continue the run
 * starts a new one, so no caller can lose or mis-order lines by forgetting a step.
 */
export class KeptLines {
  private kept: string[] = [];
  private source: readonly string[] = [];
  private runStart = -1;
  private runEnd = -1;

  /** Keeps `source[index]` as it is: right after the run (same array, next index), it extends it. */
  keep(source: readonly string[], index: number): void {
    if (source !== this.source || index !== this.runEnd) {
      this.flush();
      this.source = source;
      this.runStart = index;
    }
    this.runEnd = index + 1;
  }

  /** Keeps `source[from, to)` as they are. */
  keepRange(source: readonly string[], from: number, to: number): void {
    if (from >= to) return;
    this.keep(source, from);
    this.runEnd = to;
  }

  /** Keeps a line that is not one of the source's as it is (part of a split line). */
  push(line: string): void {
    this.flush();
    this.kept.push(line);
  }

  /** Every line kept so far, the pending run included. */
  all(): string[] {
    this.flush();
    return this.kept;
  }

  /**
   * Every line kept, as the scan's answer (nothing is kept after it): the source array itself when
   * all of it was kept as it is, not a copy of a 1 MB mail's lines.
   */
  result(): readonly string[] {
    if (this.kept.length === 0 && this.runStart === 0 && this.runEnd === this.source.length) return this.source;
    return this.all();
  }

  private flush(): void {
    if (this.runStart >= 0 && this.runEnd > this.runStart) {
      // The first run of a message is most often all it keeps: one slice, no push per line.
      if (this.kept.length === 0) this.kept = this.source.slice(this.runStart, this.runEnd);
      else for (let k = this.runStart; k < this.runEnd; k++) this.kept.push(this.source[k] ?? '');
    }
    this.runStart = -1;
    this.runEnd = -1;
  }
}
