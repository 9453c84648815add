/** Pieces every prompt shares: the random fence boundary and a language's name for the model. */

function randomBoundary(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A fresh boundary none of the fenced texts contains, so a text cannot close its own fence. */
export function fenceBoundary(texts: readonly string[]): string {
  let boundary = randomBoundary();
  while (texts.some((text) => text.includes(boundary))) boundary = randomBoundary();
  return boundary;
}

/** "German (de)"; without a code, the customer's own language. */
export function languageName(code: string | null): string {
  if (!code) return 'the language the customer wrote in';
  try {
    return `${new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code} (${code})`;
  } catch {
    return code;
  }
}
