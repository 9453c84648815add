import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONVERTERS, ConvertError, isConverterId, type ConversionResult, type ConverterId } from '@/lib/packs/convert';
import { translator, type Translator } from '@/lib/i18n/translator';
import { renderPackText, renderPackValue } from '@/lib/packs/pack-text';
import { htmlToText } from '@/lib/packs/convert/html-text';
import { mapPlaceholders } from '@/lib/packs/convert/placeholders';
import { validatePack } from '@/lib/packs/validate';
import { effectiveFields, renderFilled } from '@/lib/templates/fields';

const NOW = new Date('2026-11-24T00:00:00Z');

function convertFixture(id: ConverterId, file: string) {
  return CONVERTERS[id].convert(readFileSync(`tests/fixtures/packs/${file}`, 'utf8'), { now: NOW });
}

function bodyOf(result: ReturnType<typeof convertFixture>, id: string): string | undefined {
  return result.pack.templates.find((t) => t.id === id)?.body;
}

/** Why entries were skipped, as the CLI (English) or Settings (`t`) words them. */
function skippedIn(result: ConversionResult, t?: Translator['t']): string[] {
  return result.skipped.map((s) => `${renderPackValue(s.source, t)}: ${renderPackText(s.reason, t)}`);
}

describe('every importer', () => {
  it.each([
    ['zendesk', 'zendesk-macros.json', 3],
    ['gorgias', 'gorgias-macros.json', 2],
    ['helpscout', 'helpscout-saved-replies.json', 2],
    ['helpscout', 'helpscout-saved-replies-list.json', 2],
    ['csv', 'templates.csv', 3],
  ] as const)('%s (%s) produces a pack that passes validation', (id, file, count) => {
    const result = convertFixture(id, file);
    expect(result.pack.templates).toHaveLength(count);
    expect(validatePack(result.pack)).toEqual({ ok: true, pack: result.pack });
  });

  it('refuses another tool’s file with a message saying what was expected', () => {
    const zendesk = readFileSync('tests/fixtures/packs/zendesk-macros.json', 'utf8');
    expect(() => CONVERTERS.gorgias.convert(zendesk)).toThrow(
      'This is not a Gorgias macros export: expected the JSON of GET /api/macros, i.e. {"data": [...]}.',
    );
    expect(() => CONVERTERS.zendesk.convert('{"__proto__": {"x": 1}, "macros": []}')).toThrow(/key "__proto__"/);
    expect(() => CONVERTERS.helpscout.convert('{"name": 4}')).toThrow(ConvertError);
    expect(isConverterId('zendesk') && !isConverterId('toString')).toBe(true);
  });
});

describe('Zendesk macros', () => {
  const result = convertFixture('zendesk', 'zendesk-macros.json');

  it('maps placeholders, reads plain, channel and HTML comments, and uses categories as tags', () => {
    expect(bodyOf(result, 'imported.zendesk.360018720011')).toMatch(
      /^Hi \{\{ customer\.first_name \}\},\n\n.*\n\nKind regards,\n\{\{ agent\.name \}\}$/s,
    );
    expect(bodyOf(result, 'imported.zendesk.360018720013')).toContain(`Hi {{ customer.first_name | default: 'there' }},`);
    expect(bodyOf(result, 'imported.zendesk.360018720013')).toContain('cancel order "{{ ticket.subject }}"');
    expect(bodyOf(result, 'imported.zendesk.360018720012')).toBe(
      "Hello {{ customer.name }},\n\nSorry the item didn’t work out. You can return it within our return window & we'll refund you once it arrives.\nYour request number is {{ fields.ticket_id }}.\n\n{{ dc.return_policy_summary }}\n\nBest,\n{{ agent.name }}",
    );
    expect(result.pack.templates.map((t) => [t.title, t.tags, t.intents[0]])).toEqual([
      ['Where is my order', ['shipping'], 'where_is_my_order'],
      ['Return label', ['returns'], 'return_request'],
      ['Cancel order (email channel)', [], 'cancel_order'],
    ]);
  });

  it('lists unmapped placeholders per template and says why macros were skipped', () => {
    expect(result.reports).toEqual([
      {
        templateId: 'imported.zendesk.360018720012',
        title: 'Return label',
        unmapped: ['dc.return_policy_summary'],
        asFields: [{ placeholder: 'ticket.id', field: 'ticket_id' }],
        notes: [],
      },
    ]);
    expect(skippedIn(result)).toEqual([
      'Close and tag spam: the macro adds no reply text (it only changes ticket fields)',
      'Old holiday notice: the macro is inactive in Zendesk',
    ]);
    // Settings shows the same reasons in the agent's language.
    expect(skippedIn(result, translator('ko').t)).toEqual([
      'Close and tag spam: 매크로가 답장 텍스트를 추가하지 않습니다(티켓 필드만 바꿉니다)',
      'Old holiday notice: Zendesk에서 비활성화된 매크로입니다',
    ]);
  });
});

describe('Gorgias macros', () => {
  const result = convertFixture('gorgias', 'gorgias-macros.json');

  it('maps customer, agent and Shopify order variables, with tags and the macro language', () => {
    expect(bodyOf(result, 'imported.gorgias.23453')).toBe(
      'Hi {{ customer.first_name }},\n\nYour order {{ order.number }} placed on {{ order.date }} shipped with {{ order.carrier }}. You can follow it here: {{ order.tracking_url }}\n\nCheers,\n{{ agent.name }}',
    );
    expect(result.pack.templates[0]!.tags).toEqual(['question', 'order-status']);
    expect(result.pack.templates[1]).toMatchObject({ language: 'fr', title: 'Remboursement effectué' });
    expect(bodyOf(result, 'imported.gorgias.23454')).toContain('votre commande de {{ order.total }}.');
  });

  it('notes the dropped date filter and the unmapped customer id', () => {
    expect(result.reports.map((r) => [r.templateId, r.unmapped, r.notes.length])).toEqual([
      ['imported.gorgias.23453', [], 1],
      ['imported.gorgias.23454', [], 0],
    ]);
    expect(skippedIn(result)).toEqual(['Assign to billing: the macro sets no response text (it only changes the ticket)']);
  });
});

describe('Help Scout saved replies', () => {
  it('maps {%…%} variables with fallbacks and turns HTML into text', () => {
    const result = convertFixture('helpscout', 'helpscout-saved-replies.json');
    expect(bodyOf(result, 'imported.helpscout.123456')).toMatch(
      /^Hi \{\{ customer\.first_name \| default: "there" \}\},\n\nI'm sorry .*\n\nThanks for your patience,\n\{\{ agent\.name \}\}$/s,
    );
    expect(result.reports).toEqual([
      {
        templateId: 'imported.helpscout.234567',
        title: 'Account: reset password',
        unmapped: [],
        asFields: [
          { placeholder: 'conversation.number', field: 'conversation_number' },
          { placeholder: 'mailbox.name', field: 'mailbox_name' },
        ],
        notes: [],
      },
    ]);
  });

  it('imports the list endpoint’s previews, saying they are shortened', () => {
    const result = convertFixture('helpscout', 'helpscout-saved-replies-list.json');
    expect(result.reports.every((r) => r.notes[0] && renderPackText(r.notes[0]).startsWith('Only the shortened preview'))).toBe(true);
    expect(result.reports).toHaveLength(2);
  });
});

describe('CSV', () => {
  it('reads quoted commas, doubled quotes and line breaks, with a header and split tags', () => {
    const result = convertFixture('csv', 'templates.csv');
    expect(result.pack.templates.map((t) => [t.title, t.tags])).toEqual([
      ['Damaged item', ['damaged', 'replacement']],
      ['Discount code, not working', ['discount', 'pricing']],
      ['Order status', []],
    ]);
    expect(bodyOf(result, 'imported.csv.damaged-item')).toMatch(/^Hi \{\{ customer\.first_name \}\},\n\nI'm sorry/);
    expect(bodyOf(result, 'imported.csv.discount-code-not-working')).toBe(
      'Hi {{ customer.first_name }}, the code "WELCOME10" works on full-priced items only.',
    );
    expect(result.reports).toEqual([]); // loop variables are not unknowns
    expect(skippedIn(result)).toEqual(['row 4 ("Empty one"): no body']);
  });

  it('works without a header, keeps ids unique and refuses a one-column file', () => {
    const result = CONVERTERS.csv.convert('Hello,Hi there\nHello,Hi again\n');
    expect(result.pack.templates.map((t) => t.id)).toEqual(['imported.csv.hello', 'imported.csv.hello-2']);
    expect(() => CONVERTERS.csv.convert('just one column\nanother\n')).toThrow(/at least two columns/);
    expect(() => CONVERTERS.csv.convert('a,"unclosed\n')).toThrow('The CSV is malformed at row 1: a quoted field is never closed.');
    const refused = (() => {
      try {
        CONVERTERS.csv.convert('a,"unclosed\n');
      } catch (error) {
        return error as ConvertError;
      }
    })();
    expect(renderPackText(refused!.text, translator('ko').t)).toBe(
      'CSV의 1행 형식이 잘못되었습니다: 따옴표로 시작한 필드가 닫히지 않았습니다.',
    );
  });
});

describe('placeholder mapping', () => {
  it('keeps Deskpilot variables, maps known ones and asks the agent for unknown ones in fill-in fields', () => {
    expect(mapPlaceholders('{{ order.number }} {{ticket.requester.email}} {{ticket.foo}} {{ fields.done }}', ['zendesk'])).toEqual({
      body: '{{ order.number }} {{ customer.email }} {{ fields.ticket_foo }} {{ fields.done }}',
      unmapped: [],
      asFields: [{ placeholder: 'ticket.foo', field: { name: 'ticket_foo', label: 'Ticket foo', hint: '{{ticket.foo}} in Zendesk' } }],
      notes: [],
    });
  });

  it('names fields readably and uniquely, keeps dynamic content and the 13th unknown as gaps', () => {
    const body = [
      '{{ticket.customer.integrations.shopify.orders[0].shippingAddress.city}}',
      '{{ticket.ticket_field_360001234}} {{ticket.ticket_field_360001234 | upcase}}',
      '{{ a.ticket_field_360001234 }} {{dc.policy}}',
      ...Array.from({ length: 12 }, (_, i) => `{{ custom.f${i} }}`),
    ].join(' ');
    const mapped = mapPlaceholders(body, ['gorgias']);
    expect(mapped.asFields.map((f) => f.field.name).slice(0, 4)).toEqual([
      'orders_shipping_address_city',
      'ticket_ticket_field_360001234',
      'a_ticket_field_360001234',
      'custom_f0',
    ]);
    expect(mapped.asFields).toHaveLength(12);
    expect(mapped.unmapped).toEqual(['dc.policy', 'custom.f9', 'custom.f10', 'custom.f11']);
    expect(mapped.body).toContain('{{ fields.ticket_ticket_field_360001234 | upcase }}');
  });

  it('converts into a pack whose fields validate and render from the agent’s answers', () => {
    const result = convertFixture('zendesk', 'zendesk-macros.json');
    expect(validatePack(result.pack).ok).toBe(true);
    const template = result.pack.templates.find((t) => t.id === 'imported.zendesk.360018720012')!;
    expect(template.fields).toEqual([{ name: 'ticket_id', label: 'Ticket id', hint: '{{ticket.id}} in Zendesk' }]);
    const fields = effectiveFields(template.body, template.fields);
    expect(renderFilled(template.body, {}, fields, { ticket_id: '48213' }, 'en').rendered.text).toContain('Your request number is 48213.');
  });

  it('keeps a body whose syntax Deskpilot cannot parse as plain text, with a note', () => {
    const result = CONVERTERS.csv.convert('title,body\nBroken,"Hi {% if x %}never closed"\n');
    expect(result.pack.templates[0]!.body).toBe('{% raw %}Hi {% if x %}never closed{% endraw %}');
    expect(renderPackText(result.reports[0]!.notes[0]!)).toMatch(/kept as plain text/);
  });
});

describe('htmlToText', () => {
  it('turns markup into lines, decodes entities and keeps link targets', () => {
    expect(
      htmlToText(
        '<p>Hi&nbsp;Ann,</p>\n<p>See <a href="https://x.example/faq">our FAQ</a> &amp; reply.<br/>Thanks</p><ul><li>One</li><li>Two</li></ul><script>alert(1)</script>',
      ),
    ).toBe('Hi Ann,\n\nSee our FAQ (https://x.example/faq) & reply.\nThanks\n\n• One\n• Two');
    expect(htmlToText('&lt;script&gt; &#65;&#x42; &bogus;')).toBe('<script> AB &bogus;');
  });
});
