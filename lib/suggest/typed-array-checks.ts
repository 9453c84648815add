/** Checks of arrays read back from IndexedDB (index-snapshot.ts, rank-entry-columns.ts): every slice they name is in bounds. */

/** Offsets that start at 0, never go back and end at `total`. */
export function validOffsets(offsets: Int32Array, count: number, total: number): boolean {
  if (offsets.length !== count + 1 || offsets[0] !== 0 || offsets[count] !== total) return false;
  for (let i = 0; i < count; i++) if (offsets[i + 1]! < offsets[i]!) return false;
  return true;
}

export function allBelow(values: ArrayLike<number>, limit: number): boolean {
  for (let i = 0; i < values.length; i++) if (!(values[i]! >= 0 && values[i]! < limit)) return false;
  return true;
}
