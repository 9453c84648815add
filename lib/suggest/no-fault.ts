/**
 * "Ce n'est pas un défaut, mais ça ne va pas avec mon canapé. Je peux l'échanger ?": the customer
 * says what arrived has no fault, only is not what they wanted (a colour unlike the photos). The
 * classifier reads the colour told ("the one I got is turquoise") as a wrong or damaged item, but
 * LABELS.md calls a swap with no fault `exchange` (held-out 15's calls): when the mail says so and
 * asks a swap or a return, the fault readings are no requests of theirs. Cues: lead-cues.json noFault.
 */
import type { Intent } from '@/lib/schemas/template';
import { deniesFault } from '@/lib/suggest/lead-cues';
import type { Clause } from '@/lib/suggest/segment';

/** What a colour or a look unlike the photos is misread as. */
const FAULTS: readonly Intent[] = ['damaged_item', 'wrong_item'];
/** The asks that show the customer wants the thing changed, not repaired. */
const SWAPS: readonly Intent[] = ['exchange', 'return_request'];

/** The requests, without the fault readings of a mail that denies any fault and asks a swap or a return. */
export function withoutDeniedFault<R extends { intent: Intent }>(clauses: readonly Clause[], requests: R[]): R[] {
  if (!clauses.some((clause) => deniesFault(clause.text))) return requests;
  if (!requests.some((r) => SWAPS.includes(r.intent))) return requests;
  return requests.filter((r) => !FAULTS.includes(r.intent));
}
