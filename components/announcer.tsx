import { ANNOUNCER_ID } from '@/components/announce';

/** The live region announce() writes to; visually hidden, always in the page. */
export function Announcer() {
  return <p id={ANNOUNCER_ID} className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer" />;
}
