/**
 * A test of one character answered from a table for ASCII: the scan asks it of every line of a
 * message, and a table lookup makes no string and searches no set (a 1 MB mail of short lines).
 */
const ASCII = 128;

/** `test`'s answers for the ASCII characters, by character code (1 for true): for a loop over a line's codes. */
export function asciiTable(test: (char: string) => boolean): Uint8Array {
  const table = new Uint8Array(ASCII);
  for (let code = 0; code < ASCII; code++) table[code] = test(String.fromCharCode(code)) ? 1 : 0;
  return table;
}

/** `test`, the same answers, precomputed for ASCII; other characters (and '') still go to `test`. */
export function withAsciiTable(test: (char: string) => boolean): (char: string) => boolean {
  const table = asciiTable(test);
  return (char) => {
    const code = char.length === 1 ? char.charCodeAt(0) : ASCII;
    return code < ASCII ? table[code] === 1 : test(char);
  };
}
