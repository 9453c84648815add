/** Checks of arrays read back from IndexedDB (index-snapshot.ts, rank-entry-columns.ts): every slice they name is in bounds. */
import { z } from 'zod';

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

function everyString(values: unknown[], max: number): boolean {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'string' || value.length > max) return false;
  }
  return true;
}

/**
 * An array of strings of at most `max` characters, checked in one loop: `z.array(z.string())`
 * over the 30,000 strings of a saved index took about 30 ms on a panel's first (cold) parse.
 */
export function stringList(max = Number.POSITIVE_INFINITY) {
  return z.custom<string[]>((value) => Array.isArray(value) && everyString(value, max), {
    message: `expected a list of strings of at most ${max} characters`,
  });
}
