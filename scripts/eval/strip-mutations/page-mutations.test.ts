import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random';
import type { StripCase } from './mutation-types';
import { PAGE_MUTATIONS } from './page-mutations';

const mutation = (name: string) => PAGE_MUTATIONS.find((m) => m.name.startsWith(name))!;
const mail = (format: 'text' | 'html', input: string, expected: string): StripCase => ({ suite: 's', id: 'i', format, input, expected });

describe('PAGE_MUTATIONS', () => {
  it('reads an HTML mail as page text when its quote opens with an attribution', () => {
    const html = mail(
      'html',
      '<div>Merci !</div><div>Le 2 déc. 2026 à 09:15, Boutique a écrit :</div><blockquote><div>Votre colis est parti.</div></blockquote>',
      'Merci !',
    );
    expect(mutation('HTML read as page text').mutate(html, seededRandom('1'))).toBe(
      'Merci !\nLe 2 déc. 2026 à 09:15, Boutique a écrit :\nVotre colis est parti.',
    );
  });

  it('leaves out HTML whose quote no line announces, or whose answer is below the quote', () => {
    const page = mutation('HTML read as page text');
    expect(
      page.mutate(mail('html', '<div>Merci !</div><blockquote>Votre colis est parti.</blockquote>', 'Merci !'), seededRandom('1')),
    ).toBeUndefined();
    const below = mail(
      'html',
      '<div>Le 2 déc., Boutique a écrit :</div><blockquote>Parti ?</blockquote><div>Oui, merci.</div>',
      'Oui, merci.',
    );
    expect(page.mutate(below, seededRandom('1'))).toBeUndefined();
    expect(page.mutate(mail('text', 'Merci !', 'Merci !'), seededRandom('1'))).toBeUndefined();
  });

  it('writes the signature delimiter another way, quoted or not, and only outside the expected text', () => {
    const text = mail('text', 'Thanks!\n\n-- \nAnna\n\nOn 2 Dec 2026, Shop wrote:\n> Hi\n> --\n> Shop team', 'Thanks!');
    const out = mutation('signature delimiter').mutate(text, seededRandom('1'))!;
    const lines = out.split('\n');
    expect(['--', '—', '__']).toContain(lines[2]);
    expect(['> —', '> __']).toContain(lines[7]);
    expect(
      mutation('signature delimiter').mutate(mail('text', 'Thanks!\n-- \nAnna', 'Thanks!\n-- \nAnna'), seededRandom('1')),
    ).toBeUndefined();
  });

  it('rewrites the attribution in a sibling language, keeping the quote and the new text', () => {
    const text = mail('text', 'Danke!\n\nAm 02.12.2026 um 09:15 schrieb Laden <a@b.test>:\n> Hallo', 'Danke!');
    const out = mutation('attribution by another client').mutate(text, seededRandom('1'))!;
    const [reply, , attribution, quote] = out.split('\n');
    expect(reply).toBe('Danke!');
    expect(attribution).toContain('Laden <a@b.test>');
    expect(attribution).not.toContain('schrieb');
    expect(quote).toBe('> Hallo');
  });
});
