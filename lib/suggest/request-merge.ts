/**
 * Adding a clause's request to those found before it: neighbours asking the same thing are one
 * request whose text spans both, and a later clause repeating an earlier request only strengthens it.
 */
import type { IntentReading, MessageRequest } from '@/lib/suggest/request-types';

/** Adds the request (or merges it), `follows` saying whether the clause before it made a request. */
export function addRequest(requests: MessageRequest[], reading: IntentReading, span: { start: number; end: number }, follows: boolean) {
  const last = requests.at(-1);
  const same = requests.find((r) => r.intent === reading.intent);
  const strengthen = (request: MessageRequest) => {
    if (reading.confidence > request.confidence) Object.assign(request, { confidence: reading.confidence, ranking: reading.ranking });
  };
  if (last && last.intent === reading.intent && follows) {
    last.end = span.end;
    strengthen(last);
  } else if (same) strengthen(same);
  else requests.push({ ...reading, ...span });
}
