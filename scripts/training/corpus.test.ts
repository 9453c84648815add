import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRequestSet } from '@/lib/suggest/request-set';
import { buildCorpus, REAL_MAIL_REPEATS } from './corpus';
import { realMailRequests, setPath, TUNED_ON_SETS } from './real-mail-requests';

const bitext = [{ text: 'where is my parcel', intent: 'where_is_my_order' as const }];
const REAL_MAIL_REQUESTS = realMailRequests();
const withRealMail = () => buildCorpus(bitext, 1, undefined, { realMail: REAL_MAIL_REQUESTS });

describe('the training corpus and the real-mail requests', () => {
  it('holds every real-mail request passed in REAL_MAIL_REPEATS times, and none unless passed', () => {
    const withRequests = withRealMail();
    const without = buildCorpus(bitext, 1);
    expect(REAL_MAIL_REPEATS).toBeGreaterThan(0);
    expect(withRequests.length - without.length).toBe(REAL_MAIL_REQUESTS.length * REAL_MAIL_REPEATS);
    const request = REAL_MAIL_REQUESTS[0]!;
    const count = (corpus: typeof without) => corpus.filter((e) => e.text === request.text && e.intent === request.intent).length;
    expect(count(withRequests) - count(without)).toBe(REAL_MAIL_REPEATS);
  });

  it('never trains on a request of a held-out set not opened for tuning (1–6, and every set written after the list)', () => {
    const texts = new Set(withRealMail().map((e) => e.text));
    const tunedOn = new Set(REAL_MAIL_REQUESTS.map((e) => e.text));
    const guards = readdirSync('tests/fixtures/intent')
      .map((file) => file.replace(/\.jsonl$/, ''))
      .filter((name) => name.startsWith('real-mail-heldout') && !TUNED_ON_SETS.includes(name));
    expect(guards).toEqual(
      expect.arrayContaining(['real-mail-heldout', 'real-mail-heldout-2', 'real-mail-heldout-6', 'real-mail-heldout-25']),
    );
    const spans = guards.flatMap((name) =>
      parseRequestSet(readFileSync(setPath(name), 'utf8'), name).flatMap((mail) => mail.requests.map((r) => r.span.trim())),
    );
    // A span some tuned-on set or hand-written file also holds ("Where is my order?") proves nothing either way.
    const ownSpans = spans.filter((span) => !tunedOn.has(span) && span.length > 25);
    expect(ownSpans.length).toBeGreaterThan(100);
    expect(ownSpans.filter((span) => texts.has(span)).length).toBeLessThan(ownSpans.length / 50);
  });
});
