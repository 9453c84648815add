import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/translator';
import { TemplateFieldsSchema, type TemplateField } from '@/lib/schemas/template-field';
import {
  effectiveFields,
  fieldIssues,
  fieldScope,
  fieldUsage,
  missingFields,
  renderFilled,
  sampleFieldValues,
} from '@/lib/templates/fields';
import { renderTemplate } from '@/lib/templates/render';

const REPLACEMENT =
  'Your replacement ships with {{ fields.carrier }}, tracking number {{ fields.tracking_number }}, on {{ fields.ship_date }}.' +
  '{% if fields.refund_shipping %}\n\nWe have also refunded the shipping.{% endif %}';
const DECLARED: TemplateField[] = [
  { name: 'tracking_number', label: 'Tracking number', hint: "As the carrier's site shows it" },
  { name: 'carrier', type: 'choice', options: ['UPS', 'DHL', 'Royal Mail'] },
  { name: 'ship_date', type: 'date', label: 'Ships on' },
];

describe('field usage', () => {
  it('finds printed and tested fields in order of use, and ignores raw, comments and strings of other variables', () => {
    const usage = fieldUsage(
      `${REPLACEMENT}{% raw %}{{ fields.not_real }}{% endraw %}{% comment %}{{ fields.nor_this }}{% endcomment %}{{ order.fulfillments }}`,
    );
    expect(usage.names).toEqual(['carrier', 'tracking_number', 'ship_date', 'refund_shipping']);
    expect([...usage.printed].sort()).toEqual(['carrier', 'ship_date', 'tracking_number']);
    expect(usage.invalid).toEqual([]);
  });

  it('reports references that are not one field', () => {
    expect(fieldUsage('{{ fields.a.b }} {{ fields }} {{ fields.Tracking }} {{ fields[0] }}').invalid).toEqual([
      'fields.a.b',
      'fields',
      'fields.Tracking',
      'fields[0]',
    ]);
  });

  it('survives a body that does not parse', () => {
    expect(fieldUsage('{% if fields.x %} never closed')).toMatchObject({ names: [], invalid: [] });
  });
});

describe('effective fields', () => {
  it('keeps declarations and infers the rest: printed → text, only tested → yes/no, label from the name', () => {
    expect(effectiveFields(REPLACEMENT, DECLARED)).toEqual([
      { name: 'tracking_number', type: 'text', label: 'Tracking number', hint: "As the carrier's site shows it" },
      { name: 'carrier', type: 'choice', label: 'Carrier', options: ['UPS', 'DHL', 'Royal Mail'] },
      { name: 'ship_date', type: 'date', label: 'Ships on' },
      { name: 'refund_shipping', type: 'yesno', label: 'Refund shipping' },
    ]);
    expect(effectiveFields('Hello {{ customer.first_name }}')).toEqual([]);
  });
});

describe('field values and render', () => {
  const fields = effectiveFields(REPLACEMENT, DECLARED);

  it('renders the agent’s answers, dates in the reply language, and shows the paragraph only for yes', () => {
    const values = { tracking_number: ' 1Z999AA1\n0123456784 ', carrier: 'UPS', ship_date: '2026-12-10', refund_shipping: true };
    const { rendered, stated } = renderFilled(REPLACEMENT, {}, fields, values, 'en');
    expect(rendered.text).toBe(
      'Your replacement ships with UPS, tracking number 1Z999AA1 0123456784, on December 10, 2026.\n\nWe have also refunded the shipping.',
    );
    expect(rendered.gaps).toEqual([]);
    expect(stated).toEqual(['1Z999AA1 0123456784', 'UPS', 'December 10, 2026']);
    const german = renderFilled(REPLACEMENT, {}, fields, { ...values, refund_shipping: false }, 'de').rendered.text;
    expect(german).toBe('Your replacement ships with UPS, tracking number 1Z999AA1 0123456784, on 10. Dezember 2026.');
  });

  it('leaves unanswered, invalid and off-list answers as gaps, never blanks', () => {
    const scope = fieldScope(fields, { tracking_number: '   ', carrier: 'FedEx', ship_date: '2026-02-31' }, 'en');
    expect(missingFields(fields, scope).map((f) => f.name)).toEqual(['tracking_number', 'carrier', 'ship_date']);
    const { rendered } = renderFilled(REPLACEMENT, {}, fields, {}, 'en');
    expect(rendered.gaps).toEqual(['fields.carrier', 'fields.tracking_number', 'fields.ship_date']);
    expect(rendered.text).not.toContain('refunded');
  });

  it('treats hostile answers as text: Liquid, HTML and prototype names are printed, never run', () => {
    const hostile = effectiveFields('{{ fields.note }}|{{ fields.constructor }}');
    const values = { note: '{{ shop.name }}{% raw %}<img src=x onerror=alert(1)>', constructor: 'x', __proto__: 'y' } as never;
    const { rendered } = renderFilled('{{ fields.note }}|{{ fields.constructor }}', { shop: { name: 'Acme' } }, hostile, values, 'en');
    expect(rendered.text).toBe('{{ shop.name }}{% raw %}<img src=x onerror=alert(1)>|x');
    expect(renderTemplate('{{ fields.toString }}{{ fields.__proto__ }}', { fields: fieldScope(hostile, {}, 'en') }).gaps).toHaveLength(2);
  });

  it('caps an answer at 500 characters', () => {
    const scope = fieldScope(effectiveFields('{{ fields.note }}'), { note: 'a'.repeat(10_000) }, 'en');
    expect(String(scope.note)).toHaveLength(500);
  });

  it('gives the editor a filled-in sample with every yes/no paragraph shown', () => {
    const sample = renderFilled(REPLACEMENT, {}, fields, sampleFieldValues(fields), 'en').rendered;
    expect(sample.gaps).toEqual([]);
    expect(sample.text).toBe(
      'Your replacement ships with UPS, tracking number ‹Tracking number›, on December 10, 2026.\n\nWe have also refunded the shipping.',
    );
  });
});

describe('field declarations', () => {
  const issuesOf = (fields: unknown) => {
    const result = TemplateFieldsSchema.safeParse(fields);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts the documented shapes', () => {
    expect(issuesOf(DECLARED)).toEqual([]);
  });

  it('refuses bad names, options where they do not belong, duplicates and unknown keys, each at its path', () => {
    expect(
      issuesOf([
        { name: 'Tracking Number' },
        { name: 'carrier', type: 'choice' },
        { name: 'note', options: ['a', 'b'] },
        { name: 'method', type: 'choice', options: ['Email', 'Email'] },
        { name: 'carrier', type: 'text', required: true },
        { name: 'when', type: 'datetime' },
      ]),
    ).toEqual([
      '0.name: must be snake_case: a lower-case letter, then letters, digits or _ (at most 40)',
      '1.options: a choice field needs options: at least two',
      '2.options: only a field of type "choice" has options',
      '3.options: lists one option twice',
      '4: Unrecognized key: "required"',
      expect.stringMatching(/^5\.type: /),
    ]);
    expect(issuesOf(Array.from({ length: 13 }, (_, i) => ({ name: `f${i}` })))).toEqual([': a template asks for at most 12 fields']);
    expect(issuesOf([{ name: 'a' }, { name: 'a' }])).toEqual(['1.name: repeats the field name of fields[0]']);
  });

  it('checks declarations against the body: unused, printed yes/no, not-a-field references, too many', () => {
    const body = '{{ fields.gift }} {{ fields.a.b }}';
    expect(fieldIssues(body, [{ name: 'gift', type: 'yesno' }, { name: 'unused' }])).toEqual([
      expect.objectContaining({
        path: ['body'],
        code: 'notAField',
        problem: expect.stringContaining('uses "fields.a.b", which is not a field'),
      }),
      expect.objectContaining({ path: ['fields', 0, 'type'], problem: expect.stringContaining('use {% if fields.gift %} … {% endif %}') }),
      expect.objectContaining({ path: ['fields', 1, 'name'], problem: 'is "unused", but the body never uses fields.unused' }),
    ]);
    const many = Array.from({ length: 13 }, (_, i) => `{{ fields.f${i} }}`).join(' ');
    expect(fieldIssues(many)).toEqual([
      {
        path: ['body'],
        code: 'tooManyFields',
        params: { count: 13, max: 12 },
        message: { key: 'editor.fieldIssue.tooManyFields', values: { count: 13, max: 12 } },
        problem: 'asks for 13 fields; a template asks for at most 12',
      },
    ]);
    // The editor words the same issue in the agent's language, from its code and values.
    const [unused] = fieldIssues('{{ fields.a }}', [{ name: 'a' }, { name: 'gone' }]);
    expect(translator('ko').t(`editor.fieldIssue.${unused!.code}`, unused!.params)).toBe(
      '"gone"이지만 본문에서 fields.gone을(를) 사용하지 않습니다',
    );
    expect(fieldIssues(REPLACEMENT, DECLARED)).toEqual([]);
  });
});
