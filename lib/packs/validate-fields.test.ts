import { describe, expect, it } from 'vitest';
import { packTemplate, testPack } from '@/lib/packs/testing/fixtures';
import { translator } from '@/lib/i18n/translator';
import { formatIssue, formatIssueIn, validatePack, validatePackText } from '@/lib/packs/validate';

const body = 'Tracking: {{ fields.tracking_number }} via {{ fields.carrier }}{% if fields.label %}\n\nA label is attached.{% endif %}';
const withFields = (fields: unknown, text = body) =>
  testPack('1.0.0', [packTemplate('acme.a'), { ...packTemplate('acme.b', text), fields } as never]);

function messages(input: unknown): string[] {
  const result = validatePack(input);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('pack validation of fill-in fields', () => {
  it('accepts declared and inferred fields, and keeps them in the parsed pack', () => {
    const fields = [{ name: 'carrier', type: 'choice', label: 'Carrier', options: ['UPS', 'DHL'] }];
    const result = validatePackText(JSON.stringify(withFields(fields)));
    expect(result.ok && result.pack.templates[1]!.fields).toEqual(fields);
  });

  it('names each problem by template and exact path', () => {
    expect(
      messages(
        withFields([
          { name: 'carrier', type: 'choice', options: ['UPS'] },
          { name: 'label', type: 'yesno', colour: 'red' },
        ]),
      ),
    ).toEqual([
      'Template 2 (index 1, id "acme.b"): field "fields[0].options" lists 1; must list at least 2 items',
      'Template 2 (index 1, id "acme.b"): field "fields[1]" has a field Deskpilot does not know: "colour"',
    ]);
  });

  it('checks the body against the declarations once the schema passes', () => {
    const text = `${body} {{ fields.label }} {{ fields.order.number }}`;
    expect(messages(withFields([{ name: 'label', type: 'yesno' }, { name: 'gift_note' }], text))).toEqual([
      'Template 2 (index 1, id "acme.b"): field "body" uses "fields.order.number", which is not a field: write fields.<name>, with a snake_case name such as fields.tracking_number',
      'Template 2 (index 1, id "acme.b"): field "fields[0].type" is "yesno", but the body prints fields.label (it would read "true"): use {% if fields.label %} … {% endif %}',
      'Template 2 (index 1, id "acme.b"): field "fields[1].name" is "gift_note", but the body never uses fields.gift_note',
    ]);
  });

  it('words the body’s field problems in the agent’s language in the pack report', () => {
    const text = `${body} {{ fields.label }} {{ fields.order.number }}`;
    const result = validatePack(withFields([{ name: 'label', type: 'yesno' }, { name: 'gift_note' }], text));
    const ko = translator('ko').t;
    const report = result.ok ? [] : result.issues.map((issue) => formatIssueIn(issue, ko));
    expect(report).toEqual([
      `템플릿 2(색인 1, ID "acme.b"): 필드 "body" - ${ko('editor.fieldIssue.notAField', { reference: 'fields.order.number' })}`,
      `템플릿 2(색인 1, ID "acme.b"): 필드 "fields[0].type" - ${ko('editor.fieldIssue.yesnoPrinted', { name: 'label', ifTag: '{% if fields.label %}', endTag: '{% endif %}' })}`,
      `템플릿 2(색인 1, ID "acme.b"): 필드 "fields[1].name" - "gift_note"이지만 본문에서 fields.gift_note을(를) 사용하지 않습니다`,
    ]);
    // Nothing of the English sentences is left, and the declarations' own checks are worded too.
    const declared = validatePack(withFields([{ name: 'carrier', type: 'choice' }, { name: 'carrier' }]));
    const declaredReport = declared.ok ? [] : declared.issues.map((issue) => formatIssueIn(issue, ko));
    expect(declaredReport).toEqual([
      '템플릿 2(색인 1, ID "acme.b"): 필드 "fields[0].options" - 선택 항목에는 선택지가 두 개 이상 있어야 합니다',
      '템플릿 2(색인 1, ID "acme.b"): 필드 "fields[1].name" - fields[0]와(과) 항목 이름이 같습니다',
    ]);
    expect(report.join(' ')).not.toMatch(/which is not a field|never uses|would read/);
  });

  it('refuses hostile declarations without throwing', () => {
    const hostile = [
      { name: 'x'.repeat(100_000) },
      { name: 'ok', type: 'choice', options: Array.from({ length: 1000 }, (_, i) => `o${i}`) },
      42,
      null,
    ];
    const found = messages(withFields(hostile));
    expect(found).toContain('Template 2 (index 1, id "acme.b"): field "fields[2]" must be an object, but is the number 42');
    expect(found.some((m) => m.includes('"fields[1].options" lists 1000; must list at most 30 items'))).toBe(true);
    expect(messages(withFields({ name: 'a' }))).toEqual([
      'Template 2 (index 1, id "acme.b"): field "fields" must be a list, but is an object',
    ]);
    expect(validatePackText('{"format":"deskpilot.pack/v1","templates":[{"fields":[{"__proto__":{"x":1}}]}]}')).toMatchObject({
      ok: false,
    });
  });
});
