/**
 * Reads of a string that cost the same whatever kind of string V8 holds. Mail reaches the stripper as
 * many kinds (one- and two-byte, flat, sliced out of a longer text, joined): `line.charCodeAt(i)` looks
 * the method up by the string's kind, and a call site that has seen more than four kinds (after mail in
 * other scripts) looks it up the slow, generic way on every call. After the eval's sets that made a
 * 1 MB mail take twice as long as alone (issue 10: 50 ms per mail). Called through the prototype's
 * own function, the engine knows what it calls and reads the string directly, whatever its kind.
 */
const { charAt, charCodeAt, includes, slice } = String.prototype;

/** `text.charCodeAt(index)`: NaN past the end. */
export const codeAt = (text: string, index: number): number => charCodeAt.call(text, index);

/** `text.slice(start, end)`. */
export const sliceOf = (text: string, start: number, end: number): string => slice.call(text, start, end);

/** `text.charAt(index)`: '' past the end. */
export const charOf = (text: string, index: number): string => charAt.call(text, index);

/** `text.includes(part)`. */
export const contains = (text: string, part: string): boolean => includes.call(text, part);
