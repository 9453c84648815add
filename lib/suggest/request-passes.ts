/**
 * Rules that read the requests a message makes as a whole, after each clause was read on its own:
 * one entry each, run in this order, each given the clauses and the requests the one before left.
 * A rule added here is one line; its reasons live in its own file.
 */
import { withBothAsked } from '@/lib/suggest/both-asked';
import { asFaultRemedy } from '@/lib/suggest/fault-remedy';
import { asHeardOnly } from '@/lib/suggest/heard-only';
import { withoutDeniedFault } from '@/lib/suggest/no-fault';
import type { MessageRequest } from '@/lib/suggest/request-types';
import type { Clause } from '@/lib/suggest/segment';
import { asToldRemedy } from '@/lib/suggest/told-situation';
import { withoutUnharmedDamage } from '@/lib/suggest/unharmed';

export type RequestPass = <R extends MessageRequest>(clauses: readonly Clause[], requests: R[]) => R[];

const REQUEST_PASSES: readonly RequestPass[] = [
  // "Ce n'est pas un défaut" before a swap: the colour told is no fault (no-fault.ts).
  withoutDeniedFault,
  // "The lamp itself is totally fine": the battered box told is no damage request (unharmed.ts).
  withoutUnharmedDamage,
  // "I'm not asking for anything back": the story told is no request (heard-only.ts).
  asHeardOnly,
  // The remedy asked after a situation told is that situation (told-situation.ts).
  asToldRemedy,
  // An exchange asked after a fault told is the fault's remedy (fault-remedy.ts).
  asFaultRemedy,
  // "Stop the subscription and close his account": one clause naming two situations asks both (both-asked.ts).
  withBothAsked,
];

/** The requests as every pass, in order, reads them. */
export function afterRequestPasses<R extends MessageRequest>(clauses: readonly Clause[], requests: R[]): R[] {
  return REQUEST_PASSES.reduce((found, pass) => pass(clauses, found), requests);
}
