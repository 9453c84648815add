/** A mail gateway's warning on top of the message ("CAUTION: This email originated from outside …"): not the sender's text. */
import { GATEWAY_BANNER } from '@/lib/ticket/reply-patterns';
import { isBlank, isMarkerCandidate } from '@/lib/ticket/history-markers';

/** How many lines a gateway's warning on top of the message may take. */
const MAX_BANNER_LINES = 4;
/** A wrapped line of the warning goes on as a long sentence; "Hello," below it is the message. */
const MIN_BANNER_CONTINUATION = 60;
/**
 * Index after a gateway's warning starting at `i` ("CAUTION: … from outside …"), or `i`: its
 * lines up to the last one that names it, and long sentences wrapped from it (HTML puts the
 * warning and the greeting below it in one paragraph).
 */
export function bannerEnd(lines: readonly string[], i: number): number {
  let end = i;
  for (let k = i; k < lines.length && k - i < MAX_BANNER_LINES && !isBlank(lines[k] ?? ''); k++) {
    const line = lines[k] ?? '';
    if (isMarkerCandidate(line) && GATEWAY_BANNER.test(line)) end = k + 1;
    else if (end === k && end > i && line.trim().length >= MIN_BANNER_CONTINUATION && /[.!]\s*$/.test(line)) end = k + 1;
  }
  return end;
}
