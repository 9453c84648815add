/**
 * Facts kept through a rewrite: compares the facts of a rewritten or translated reply with those
 * of the reply it came from — order and tracking numbers, amounts, dates, links, email addresses,
 * phone numbers (the fact check's own detector and comparable keys, so "€84.50" and "84,50 €" or
 * "November 26, 2026" and "26 de noviembre de 2026" are the same fact) and promises (by kind:
 * refund, replacement, compensation, free, guarantee, delivery by a date, in several languages).
 * What changed or appeared is what the agent must look at before inserting.
 */
import type { FactKind } from '@/lib/schemas/ai';
import { detectFacts, type DetectedFact } from '@/lib/suggest/fact-check-detect';
import promisePhrases from '@/lib/suggest/promise-phrases.json';

export type PromiseKind = 'refund' | 'replacement' | 'compensation' | 'free' | 'guarantee' | 'delivery_by';

export interface ChangedFact {
  kind: FactKind | 'promise';
  text: string;
  start: number;
  end: number;
  /** The original's fact of the same kind it seems to replace; absent when it simply appeared. */
  was?: string;
  promise?: PromiseKind;
}

export interface FactDiff {
  /** Facts of the result that the original did not have, with offsets into the result. */
  changed: ChangedFact[];
  /** Facts of the original that the result lost. */
  dropped: Array<{ kind: FactKind | 'promise'; text: string }>;
}

const PROMISE_PATTERNS: Array<{ kind: PromiseKind; pattern: RegExp }> = Object.entries(promisePhrases).flatMap(([kind, phrases]) =>
  kind.startsWith('_') || !Array.isArray(phrases)
    ? []
    : phrases.map((phrase) => ({ kind: kind as PromiseKind, pattern: new RegExp(phrase, 'giu') })),
);

interface FoundPromise {
  kind: PromiseKind;
  text: string;
  start: number;
  end: number;
}

export function findPromises(text: string): FoundPromise[] {
  const found: FoundPromise[] = [];
  for (const { kind, pattern } of PROMISE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      if (!found.some((f) => start < f.end && f.start < start + m[0].length))
        found.push({ kind, text: m[0], start, end: start + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Order and tracking numbers compare as one group: which of the two a bare code is, is a guess. */
const group = (kind: FactKind) => (kind === 'tracking_number' ? 'order_number' : kind);

const sameFact = (a: DetectedFact, b: DetectedFact) => group(a.kind) === group(b.kind) && a.keys.some((key) => b.keys.includes(key));

export function diffFacts(original: string, result: string): FactDiff {
  const before = detectFacts(original);
  const after = detectFacts(result);
  const lost = before.filter((fact) => !after.some((other) => sameFact(fact, other)));
  const changed: ChangedFact[] = [];
  const paired = new Set<DetectedFact>();
  for (const fact of after) {
    if (before.some((other) => sameFact(fact, other))) continue;
    // The first lost fact of the same kind is what it replaced ("84.50" became "48.50").
    const was = lost.find((old) => group(old.kind) === group(fact.kind) && !paired.has(old));
    if (was) paired.add(was);
    changed.push({ kind: fact.kind, text: fact.text, start: fact.start, end: fact.end, ...(was ? { was: was.text } : {}) });
  }
  const promisedBefore = new Set(findPromises(original).map((p) => p.kind));
  const promisesAfter = findPromises(result);
  const promisedAfter = new Set(promisesAfter.map((p) => p.kind));
  for (const promise of promisesAfter) {
    if (!promisedBefore.has(promise.kind)) {
      changed.push({ kind: 'promise', text: promise.text, start: promise.start, end: promise.end, promise: promise.kind });
    }
  }
  const droppedPromises = findPromises(original).filter((p) => !promisedAfter.has(p.kind));
  return {
    changed: changed.sort((a, b) => a.start - b.start),
    dropped: [
      ...lost.filter((fact) => !paired.has(fact)).map((fact) => ({ kind: fact.kind, text: fact.text })),
      ...droppedPromises.map((p) => ({ kind: 'promise' as const, text: p.text })),
    ],
  };
}
