/**
 * An adapter must never throw into the page or the CLI: a DOM it does not understand (the site
 * changed, the page is mid-load, hostile markup) means "no ticket here". Wraps a reader so any
 * exception becomes null.
 */
export function neverThrows<Args extends unknown[], Result>(read: (...args: Args) => Result | null) {
  return (...args: Args): Result | null => {
    try {
      return read(...args);
    } catch {
      return null;
    }
  };
}
