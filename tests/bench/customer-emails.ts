/**
 * 200 whole customer emails for the ranking benchmark and tests: each hand-written body
 * (tests/bench/data/customer-email-parts.json) wrapped the way mail clients deliver it — a
 * greeting, a sign-off and name, a signature or disclaimer, and one to three levels of quoted
 * history, quoted with "> " or pasted flat as Outlook does. Deterministic (seeded), so every run
 * ranks the same 200 messages.
 */
import parts from './data/customer-email-parts.json';

export const CUSTOMER_EMAIL_COUNT = 200;

type Language = keyof typeof parts.greetings;

/** Mulberry32: a tiny seeded generator, so the set is the same on every run and machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fill(text: string, name: string): string {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '') || 'kunde'}@example.com`;
  return text.replaceAll('{name}', name).replaceAll('{first}', name.split(' ')[0]!).replaceAll('{email}', email);
}

export interface CustomerEmail {
  language: string;
  /** The body alone, as the customer meant it. */
  body: string;
  /** The whole message as the page shows it. */
  text: string;
}

export function customerEmails(count = CUSTOMER_EMAIL_COUNT, seed = 20261204): CustomerEmail[] {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const { language, text: body } = parts.bodies[i % parts.bodies.length]!;
    const lang = language as Language;
    const name = pick(parts.names);
    const lines = [pick(parts.greetings[lang]), '', body, '', pick(parts.signOffs[lang]), name.split(' ')[0]!, '', fill(pick(parts.signatures), name)];
    const depth = Math.floor(random() * 4);
    for (let level = 0; level < depth; level++) {
      const quoted = fill(`${pick(parts.quoteHeaders)}\n\n${pick(parts.quotedReplies)}`, name);
      const flat = random() < 0.4;
      lines.push('', flat ? quoted : quoted.split('\n').map((line) => `${'>'.repeat(level + 1)} ${line}`).join('\n'));
    }
    return { language, body, text: lines.join('\n').replace(/\n{3,}/g, '\n\n').trim() };
  });
}
