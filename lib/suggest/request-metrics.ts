/**
 * Figures for "every request in the message": top-1 (the message's intent), every-request
 * recall (each labelled request found with its intent), located recall (found, and its span
 * overlaps the labelled one), and precision (found requests that were asked).
 */
import type { Intent } from '@/lib/schemas/template';
import type { RequestLabelledLine } from '@/lib/suggest/request-set';

export interface FoundRequest {
  intent: Intent;
  start: number;
  end: number;
}

export interface RequestTally {
  messages: number;
  top1: number;
  labelled: number;
  recalled: number;
  located: number;
  found: number;
  foundAsked: number;
}

export const emptyTally = (): RequestTally => ({ messages: 0, top1: 0, labelled: 0, recalled: 0, located: 0, found: 0, foundAsked: 0 });

export function tallyMessage(tally: RequestTally, line: RequestLabelledLine, intent: Intent, found: readonly FoundRequest[]): void {
  tally.messages++;
  tally.top1 += Number(intent === line.intent);
  tally.labelled += line.requests.length;
  let from = 0;
  for (const request of line.requests) {
    const start = line.text.indexOf(request.span, from);
    from = start + 1;
    const end = start + request.span.length;
    // One found request may answer two labelled ones of its intent (neighbours get merged).
    const same = found.filter((f) => f.intent === request.intent);
    tally.recalled += Number(same.length > 0);
    tally.located += Number(same.some((f) => f.start < end && start < f.end));
  }
  tally.found += found.length;
  tally.foundAsked += found.filter((f) => line.requests.some((r) => r.intent === f.intent)).length;
}
