import { describe, expect, it } from 'vitest';
import { realMailContext, realMailRequests, type SpanInMail, TUNED_ON_SETS } from './real-mail-requests';

const mail = (requests: Array<{ intent: string; span: string }>, text = requests.map((r) => r.span).join(' ')) =>
  JSON.stringify({ language: 'de', intent: requests[0]!.intent, text: `Hallo, ${text} Danke`, requests });

describe('the labelled requests of the tuned-on real-mail sets', () => {
  it('gives each request its span, trimmed, and its intent, mail after mail', () => {
    const jsonl = [
      mail([{ intent: 'refund', span: ' Ich möchte mein Geld zurück.' }]),
      mail([
        { intent: 'where_is_my_order', span: 'Wo ist mein Paket?' },
        { intent: 'invoice', span: 'Bitte schicken Sie eine Rechnung.' },
      ]),
    ].join('\n');
    expect(realMailRequests(['real-mail-dev-2'], () => jsonl)).toEqual([
      { text: 'Ich möchte mein Geld zurück.', intent: 'refund' },
      { text: 'Wo ist mein Paket?', intent: 'where_is_my_order' },
      { text: 'Bitte schicken Sie eine Rechnung.', intent: 'invoice' },
    ]);
  });

  it('never reads a never-tuned held-out set (1–6) nor a set not yet opened for tuning', () => {
    const read = () => mail([{ intent: 'refund', span: 'Geld zurück' }]);
    for (const name of ['real-mail-heldout', 'real-mail-heldout-3', 'real-mail-heldout-6', 'real-mail-heldout-25'])
      expect(() => realMailRequests([name], read), name).toThrow(/never trained on/);
    expect(TUNED_ON_SETS.filter((name) => /heldout(-[1-6])?$/.test(name))).toEqual([]);
  });

  it('reads every tuned-on set: dev 1–7 and held-out 7–20, each request once', () => {
    expect(TUNED_ON_SETS).toHaveLength(21);
    expect(TUNED_ON_SETS).toContain('real-mail-dev-7');
    expect(TUNED_ON_SETS).toContain('real-mail-heldout-20');
    const perSet = TUNED_ON_SETS.map((name) => realMailRequests([name]).length);
    expect(perSet.every((n) => n > 50)).toBe(true);
    expect(realMailRequests()).toHaveLength(perSet.reduce((a, b) => a + b, 0));
  });

  it('leaves out a span the judge leaves out, given with the clause before it in its mail', () => {
    const jsonl = [
      mail([{ intent: 'payment_issue', span: 'Kannst du das prüfen?' }], 'Ich wurde zweimal belastet. Kannst du das prüfen?'),
      mail([{ intent: 'damaged_item', span: 'Schickt mir einen neuen.' }], 'Der Becher ist zerbrochen. Schickt mir einen neuen.'),
      mail([{ intent: 'refund', span: 'Wann kommt meine Erstattung?' }], 'Wann kommt meine Erstattung?'),
    ].join('\n');
    const seen: SpanInMail[] = [];
    // Stands in for the judge: only "Erstattung" is kept.
    const keepsSpan = (span: SpanInMail) => seen.push(span) > 0 && span.text.includes('Erstattung');
    expect(realMailRequests(['real-mail-dev-3'], () => jsonl, keepsSpan)).toEqual([
      { text: 'Wann kommt meine Erstattung?', intent: 'refund' },
    ]);
    expect(seen.map((span) => span.withBefore)).toEqual([
      'Ich wurde zweimal belastet. Kannst du das prüfen?',
      'Der Becher ist zerbrochen. Schickt mir einen neuen.',
      undefined,
    ]);
    expect(realMailRequests(['real-mail-dev-3'], () => jsonl)).toHaveLength(3);
  });

  it('labels `other` the clauses around the requests that ask nothing, never a request or a follow-up ask', () => {
    const text =
      'Hallo,\n\nIch habe die Lampe letzte Woche bestellt. Sie kam zerbrochen an. Können Sie mir eine neue schicken?\nDas Wetter ist schön.\n\nViele Grüße\nAnna';
    const jsonl = JSON.stringify({
      language: 'de',
      intent: 'damaged_item',
      text,
      requests: [{ intent: 'damaged_item', span: 'Sie kam zerbrochen an.' }],
    });
    expect(realMailContext(['real-mail-dev-5'], () => jsonl)).toEqual([
      { text: 'Ich habe die Lampe letzte Woche bestellt.', intent: 'other' },
      { text: 'Das Wetter ist schön.', intent: 'other' },
    ]);
    expect(() => realMailContext(['real-mail-heldout-2'], () => jsonl)).toThrow(/never trained on/);
  });
});
