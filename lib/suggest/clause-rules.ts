/**
 * Rules that read one clause as a request where the model's reading of it alone would not: one
 * entry each, run in this order, each given what the rules before it made of the clause. A rule
 * added here is one line (its cues in JSON, its reasons beside it).
 */
import type { LinearModel } from '@/lib/suggest/linear-model';
import { asks } from '@/lib/suggest/ask-cues';
import { asIntent } from '@/lib/suggest/fault-remedy';
import { addsOn, keepsAddress, tellsFault } from '@/lib/suggest/lead-cues';
import type { IntentReading } from '@/lib/suggest/request-types';
import type { Clause } from '@/lib/suggest/segment';
import { askedSituation, readAsTold } from '@/lib/suggest/told-situation';

export interface ClauseContext {
  model: LinearModel;
  text: string;
  clauses: readonly Clause[];
  index: number;
  read: (model: LinearModel, text: string) => IntentReading;
  /** The confidence a reading of this clause needs to be a request: lower where the clause asks. */
  floor: number;
  /** Whether a reading is a request (not `other`, at least as sure as the floor given, or the usual one). */
  isRequest: (reading: IntentReading, floor?: number) => boolean;
}

export interface ClauseReading {
  reading: IntentReading;
  /** Where the request's text starts: the clause's own start, or an earlier clause read with it. */
  start: number;
  /** A rule made the clause a request, however unsure the model is of it: later rules leave it alone. */
  decided: boolean;
}

type ClauseRule = (context: ClauseContext, current: ClauseReading) => ClauseReading;

/**
 * "Same address as the order", "ship her the sage one to the same address": the model reads the
 * address words as an address change, but LABELS.md's address_change sends an order to ANOTHER
 * address. The clause, alone or read with the sentence before, asks nothing of its own; the rules
 * after it may still read it as a situation told.
 */
const notSameAddress: ClauseRule = ({ clauses, index }, current) =>
  current.reading.intent === 'address_change' && keepsAddress(clauses[index]!.text)
    ? { ...current, reading: asIntent(current.reading, 'other') }
    : current;

/**
 * "Any idea what's going on?", "확인 부탁드려요.": an ask that names nothing asks about the sentence before it.
 * One that adds itself ("Also, …", "그리고 …") and asks a situation of its own ("Also, do you sell the matching steel?")
 * asks that, a second request, not the request before, which read with it would swallow it.
 */
const withAskedBefore: ClauseRule = ({ model, text, clauses, index, read, floor, isRequest }, current) => {
  const [clause, before] = [clauses[index]!, clauses[index - 1]];
  if (isRequest(current.reading, floor) || !before || !asks(clause.text) || (addsOn(clause.text) && askedSituation(clause.text)))
    return current;
  const joined = read(model, text.slice(before.start, clause.end));
  return isRequest(joined) ? { ...current, reading: joined, start: before.start } : current;
};

/**
 * "It's not addressed to me", "refund the difference": a situation told in words read as another
 * intent, or "…ob es bis dahin noch ankommt?" as nothing, is the request LABELS.md gives it (told-situation.ts).
 */
const asToldSituation: ClauseRule = ({ text, clauses, index, floor, isRequest }, current) => {
  if (current.decided) return current;
  const told = readAsTold(text.slice(current.start, clauses[index]!.end), current.reading, isRequest(current.reading, floor));
  return told ? { ...current, reading: told, decided: true } : current;
};

/**
 * "The kettle has been leaking since Tuesday": a fault told is a damaged_item request by its own
 * words, however the model reads the letter, the statute or the slang around them.
 */
const asToldFault: ClauseRule = ({ clauses, index, floor, isRequest }, current) => {
  if (current.decided || isRequest(current.reading, floor) || !tellsFault(clauses[index]!.text)) return current;
  return { ...current, reading: asIntent(current.reading, 'damaged_item'), decided: true };
};

const CLAUSE_RULES: readonly ClauseRule[] = [withAskedBefore, notSameAddress, asToldSituation, asToldFault];

/** The clause's reading as every rule, in order, makes it; undefined when it asks nothing. */
export function readClause(context: ClauseContext, reading: IntentReading): ClauseReading | undefined {
  const start = context.clauses[context.index]!.start;
  const read = CLAUSE_RULES.reduce((current, rule) => rule(context, current), { reading, start, decided: false });
  return read.decided || context.isRequest(read.reading, context.floor) ? read : undefined;
}
