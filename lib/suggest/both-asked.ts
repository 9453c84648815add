/**
 * "I would be grateful if you could stop the subscription and close his account altogether": one
 * clause that asks the shop to act on two situations (situation-cues.json, asksAction) asks both, but
 * the clause is read as one request, the surer. The request read from such a clause, when it is one
 * of the situations named, gets the others beside it as requests of their own, in the order the
 * words stand; one already asked elsewhere in the mail is not asked twice. Situations only told
 * ("ordered twice", "no points came in") are no such asks.
 */
import { asIntent } from '@/lib/suggest/fault-remedy';
import type { MessageRequest } from '@/lib/suggest/request-types';
import type { Clause } from '@/lib/suggest/segment';
import { actionsAskedInOrder } from '@/lib/suggest/told-situation';

export function withBothAsked<R extends MessageRequest>(clauses: readonly Clause[], requests: R[]): R[] {
  let found = requests;
  for (const clause of clauses) {
    const named = actionsAskedInOrder(clause.text);
    if (named.length < 2) continue;
    const host = found.find((r) => r.start <= clause.start && r.end >= clause.end && named.includes(r.intent));
    if (!host) continue;
    const others = named.filter((intent) => !found.some((r) => r.intent === intent));
    if (others.length === 0) continue;
    const at = found.indexOf(host);
    const [before, after] = [
      others.filter((i) => named.indexOf(i) < named.indexOf(host.intent)),
      others.filter((i) => named.indexOf(i) > named.indexOf(host.intent)),
    ];
    found = [
      ...found.slice(0, at),
      ...before.map((i) => asIntent(host, i)),
      host,
      ...after.map((i) => asIntent(host, i)),
      ...found.slice(at + 1),
    ];
  }
  return found;
}
