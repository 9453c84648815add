import { describe, expect, it } from 'vitest';
import {
  ADDRESS_BEFORE_VERB,
  ATTRIBUTION_END,
  ATTRIBUTION_EVIDENCE,
  ATTRIBUTION_OPENER,
  ATTRIBUTION_START,
  DATE_ADDRESS_ATTRIBUTION,
  GROUPWISE_HEADER,
  INLINE_ATTRIBUTION_START,
  VERB_BEFORE_TRAILER,
  WEAK_ATTRIBUTION_END,
} from '@/lib/ticket/attribution-patterns';

describe('attribution patterns', () => {
  it('ends an attribution at its verb and colon, in alphabets and in CJK', () => {
    expect(ATTRIBUTION_END.test('On Tue, 3 Nov 2026 at 10:12, Shop <a@b.example> wrote:')).toBe(true);
    expect(ATTRIBUTION_END.test('Am 3. Nov. 2026 um 16:10 schrieb Eva Klein:')).toBe(true);
    expect(ATTRIBUTION_END.test('2026/11/03 10:12 田中さんは書きました:')).toBe(true);
    expect(ATTRIBUTION_END.test('Here is what my neighbour rewrote')).toBe(false);
    // The name first, the date after the verb (Postbox), only with a time.
    expect(ATTRIBUTION_END.test('Casa Verde escribió el 02/12/2026 16:05:')).toBe(true);
    expect(ATTRIBUTION_END.test('Atelier Roux a écrit le 02/12/2026 à 16h05 :')).toBe(true);
    expect(ATTRIBUTION_END.test('This is what I wrote on 12 May:')).toBe(false);
  });

  it('starts a wrapped attribution at an address before its verb, or at a date', () => {
    expect(ADDRESS_BEFORE_VERB.test('Adam <adam@example.com> schrieb am Di. 16. Mai 2026')).toBe(true);
    expect(ATTRIBUTION_START.test('On Mon, 2 Nov 2026,')).toBe(true);
    expect(ATTRIBUTION_START.test('Thanks for the quick answer')).toBe(false);
  });

  it('takes everyday verbs only with a start, and colon-less ones matched backwards from the trailer', () => {
    expect(WEAK_ATTRIBUTION_END.test('On 3 Nov, Jane said:')).toBe(true);
    const line = '---- On Mon, 02 Nov 2026 Shop <a@b.example> wrote ----';
    VERB_BEFORE_TRAILER.lastIndex = line.search(/[\s-]*$/);
    expect(VERB_BEFORE_TRAILER.test(line)).toBe(true);
  });

  it("finds an attribution inside a line that ends the reply, and Gmail's verbless date form", () => {
    const line = 'Thanks! On Mon, 2 Nov 2026 at 10:12, Shop <a@b.example> wrote:';
    expect([...line.matchAll(INLINE_ATTRIBUTION_START)].map((m) => m.index)).toEqual([7]);
    expect(DATE_ADDRESS_ATTRIBUTION.test('2011/4/7 Ana Ruiz <ana@example.com>')).toBe(true);
    expect(ATTRIBUTION_OPENER.test('Wiadomość napisana przez Jan <a@b> w dniu 17.01.2023, o godz. 11:09:')).toBe(true);
    expect(ATTRIBUTION_EVIDENCE.test('في ٢٠٢٤')).toBe(true);
  });

  it("reads GroupWise's header between arrows, its date and time inside, and not a third-level quote", () => {
    expect(GROUPWISE_HEADER.test('>>> Kovács Anna <anna@bolt.example> 2026.12.02. 16:05 >>>')).toBe(true);
    expect(GROUPWISE_HEADER.test('>>> Papeterie Morel 02/12/2026 16:05 >>>')).toBe(true);
    expect(GROUPWISE_HEADER.test('>>> the courier came at 16:05 and left')).toBe(false);
    expect(GROUPWISE_HEADER.test('>>> see you on Monday >>>')).toBe(false);
  });

  it("reads GroupWise's header with its arrows written close to the text, as some gateways re-serialise it", () => {
    expect(GROUPWISE_HEADER.test('>>>Ferramenta Bassi <info@bassi.example> 04/12/2026 09:10>>>')).toBe(true);
    expect(GROUPWISE_HEADER.test('>>>the courier came at 16:05 and left')).toBe(false);
  });
});
