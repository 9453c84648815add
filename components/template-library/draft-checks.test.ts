import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/translator';
import { checkedDraft } from './draft-checks';
import { draftOf } from './template-draft';

const t = translator('en').t;
const draft = (body: string) => ({ ...draftOf(undefined), title: 'Replacement', body, intents: ['exchange' as const] });

describe('checkedDraft: what the editor refuses to save', () => {
  it('saves a draft whose body parses and whose fields are used', () => {
    const result = checkedDraft(draft('Hi {{ customer.first_name }}, it ships with {{ fields.carrier }}.'), undefined, t);
    expect(result).toMatchObject({ ok: true, template: { title: 'Replacement', intents: ['exchange'] } });
  });

  it('refuses a body that is not Liquid, saying so in the interface language', () => {
    const result = checkedDraft(draft('Hi {{ customer.first_name }'), undefined, t);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/^Reply text: not valid Liquid \(/);
  });

  it('refuses declared fill-in fields the body never uses, as a pack import would', () => {
    const saved = checkedDraft(draft('Hi, it ships with {{ fields.carrier }}.'), undefined, t);
    if (!saved.ok) throw new Error(saved.problems.join());
    const declared = { ...saved.template, fields: [{ name: 'carrier' }, { name: 'tracking_number' }] };
    const result = checkedDraft(draft('Hi, it ships with {{ fields.carrier }}.'), declared, t);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/^Fill-in fields: .*tracking_number/);
  });

  it('refuses a draft without a title before looking at its body', () => {
    const result = checkedDraft({ ...draft('{% if %}'), title: ' ' }, undefined, t);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.join(' ')).not.toMatch(/Liquid/);
  });
});
