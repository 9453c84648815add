import { describe, expect, it } from 'vitest';
import { PackSchema } from '@/lib/schemas/pack';
import { INTENTS } from '@/lib/schemas/template';
import { renderTemplate } from '@/lib/templates/render';
import { effectiveFields, fieldIssues, renderFilled, sampleFieldValues, type FieldValues } from '@/lib/templates/fields';
import type { PackTemplate } from '@/lib/schemas/pack';
import { STARTER_PACK, ORDER_STATE_TAGS } from '@/lib/templates/starter-pack';
import { amazonFindings, promiseFindings } from '@/lib/templates/starter-pack/policy-checks';
import { sampleOrder, sampleShop, sampleTicket } from '@/lib/templates/testing/fixtures';
import { buildTemplateVariables, LOOP_FIELDS, TEMPLATE_VARIABLES } from '@/lib/templates/variables';

const templates = STARTER_PACK.templates;

/** A template as the agent inserts it: fill-in fields answered (by default with the editor's sample answers). */
const fieldsOf = new Map<string, ReturnType<typeof effectiveFields>>();
function renderAnswered(template: PackTemplate, scope: object, answers?: FieldValues) {
  if (!fieldsOf.has(template.id)) fieldsOf.set(template.id, effectiveFields(template.body, template.fields));
  const fields = fieldsOf.get(template.id)!;
  return renderFilled(template.body, scope, fields, answers ?? sampleFieldValues(fields), template.language).rendered;
}
const general = templates.filter((t) => t.sites.length === 0);
const amazon = templates.filter((t) => t.sites.includes('amazon-seller-central'));

function fullScope(language = 'en') {
  return buildTemplateVariables({
    ticket: sampleTicket({ language }),
    order: sampleOrder(),
    shop: sampleShop,
    agent: { name: 'Sam Reyes' },
  });
}

const scopes = {
  'multi-package order': fullScope(),
  'single tracked package': buildTemplateVariables({
    ticket: sampleTicket(),
    order: sampleOrder({ fulfillments: [sampleOrder().fulfillments[1]!] }),
    shop: sampleShop,
    agent: { name: 'Sam' },
  }),
  'not shipped yet': buildTemplateVariables({
    ticket: sampleTicket(),
    order: sampleOrder({ status: 'processing', fulfillmentStatus: 'unfulfilled', fulfillments: [] }),
    shop: sampleShop,
  }),
  'no order found': buildTemplateVariables({ ticket: sampleTicket({ customer: { email: 'x@example.org' } }), shop: sampleShop }),
  'nothing known': buildTemplateVariables({}),
};

describe('starter pack', () => {
  it('is a valid pack with at least 30 templates and unique, stable ids', () => {
    expect(PackSchema.parse(STARTER_PACK)).toEqual(STARTER_PACK);
    expect(templates.length).toBeGreaterThanOrEqual(30);
    const ids = templates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^starter\.[a-z-]+(\.[a-z-]+)+$/);
  });

  it('has an English template usable on any site for every intent', () => {
    const covered = new Set(general.filter((t) => t.language === 'en').flatMap((t) => t.intents));
    expect(INTENTS.filter((intent) => !covered.has(intent))).toEqual([]);
  });

  it('has German, French and Spanish replies for where-is-my-order, returns and damaged items', () => {
    for (const language of ['de', 'fr', 'es']) {
      const intents = new Set(templates.filter((t) => t.language === language).flatMap((t) => t.intents));
      expect([...intents]).toEqual(expect.arrayContaining(['where_is_my_order', 'return_request', 'damaged_item']));
    }
  });

  it('only uses tags that ranking knows', () => {
    const known = new Set(Object.keys(ORDER_STATE_TAGS));
    expect(templates.flatMap((t) => t.tags).filter((tag) => !known.has(tag))).toEqual([]);
  });

  it('only uses documented variables', () => {
    const documented = new Set(TEMPLATE_VARIABLES.map((v) => v.name));
    const loopFields = new Set(LOOP_FIELDS['order.fulfillments'].map((f) => f.name));
    for (const template of templates) {
      for (const [name] of template.body.matchAll(/\b(?:customer|order|shop|agent|ticket)\.[a-z_]+/g)) {
        expect(documented, `${template.id} uses ${name}`).toContain(name);
      }
      for (const [, field] of template.body.matchAll(/\bshipment\.([a-z_]+)/g)) expect(loopFields).toContain(field);
    }
  });

  it('renders every template without error or gaps when the facts are known', () => {
    for (const template of templates) {
      const result = renderAnswered(template, fullScope(template.language));
      expect(result.error, template.id).toBeNull();
      expect(result.gaps, template.id).toEqual([]);
    }
  });

  it('shows gaps, not blanks, when nothing is known', () => {
    const known = new Set([
      ...TEMPLATE_VARIABLES.map((v) => v.name),
      'order.fulfillments.size',
      ...LOOP_FIELDS['order.fulfillments'].map((f) => `shipment.${f.name}`),
    ]);
    for (const template of templates) {
      const result = renderAnswered(template, scopes['nothing known']);
      expect(result.error, template.id).toBeNull();
      expect(result.gaps, template.id).toContain('shop.signature');
      expect(
        result.gaps.filter((gap) => !known.has(gap)),
        template.id,
      ).toEqual([]);
    }
  });

  it('renders tidy text in every order situation: no stray spaces, blank lines or Liquid left over', () => {
    for (const [situation, scope] of Object.entries(scopes)) {
      for (const template of templates) {
        const { text, error } = renderAnswered(template, scope);
        const where = `${template.id} (${situation})`;
        expect(error, where).toBeNull();
        // French puts a no-break space before ":" and "?"; an ordinary space before punctuation is a slip.
        expect(text, where).not.toMatch(/ {2}|[ \t]\n|\n{3}|[ \t\n][.,:](?!\d)|\{\{|\{%|undefined|null|\[object Object\]|^\s|\s$/);
      }
    }
  });

  it('formats dates and money in the language of a translated template', () => {
    const german = templates.find((t) => t.id === 'starter.wismo.tracking.de')!;
    expect(renderTemplate(german.body, fullScope('de')).text).toContain('für den 26. November 2026 geplant');
    const spanish = templates.find((t) => t.id === 'starter.wismo.no-tracking.es')!;
    expect(renderTemplate(spanish.body, fullScope('es')).text).toContain('del 18 de noviembre de 2026 está actualmente enviado');
  });

  it('asks for what only the agent knows in fill-in fields, in English, German, French and Spanish alike', () => {
    const withFields = templates.filter((t) => effectiveFields(t.body, t.fields).length > 0);
    expect(withFields.map((t) => t.id).sort()).toEqual(
      ['starter.replacement.shipped', 'starter.return.approved'].flatMap((id) => [id, `${id}.de`, `${id}.es`, `${id}.fr`]),
    );
    for (const template of withFields) expect(fieldIssues(template.body, template.fields), template.id).toEqual([]);
  });

  it('renders every answer to the fill-in fields tidily, each label method its own paragraph', () => {
    const returns = templates.filter((t) => t.id.startsWith('starter.return.approved'));
    const methods = returns[0]!.fields![0]!.options!;
    for (const template of returns) {
      const paragraphs = methods.map(
        (method) => renderAnswered(template, fullScope(template.language), { label_method: method, return_by: '2026-12-10' }).text,
      );
      expect(new Set(paragraphs).size, template.id).toBe(3);
      for (const text of paragraphs) expect(text, template.id).not.toMatch(/ {2}|[ \t]\n|\n{3}|\{\{|\{%|\[fields/);
    }
    const english = (answers: FieldValues) =>
      renderAnswered(templates.find((t) => t.id === 'starter.replacement.shipped')!, fullScope(), answers).text;
    expect(english({ carrier: 'DHL', tracking_number: 'JJD0001', keep_original: true })).toContain(
      'is on its way with DHL, tracking number JJD0001.\n\nThere is no need to send the original item back. If the tracking',
    );
    expect(english({ carrier: 'DHL', tracking_number: 'JJD0001', keep_original: false })).toContain('Please keep the original item');
    const german = templates.find((t) => t.id === 'starter.return.approved.de')!;
    expect(renderAnswered(german, fullScope('de'), { label_method: methods[1]!, return_by: '2026-12-10' }).text).toContain(
      'bis zum 10. Dezember 2026 zurück',
    );
  });

  it('makes no promises the data cannot back, in any template', () => {
    for (const template of templates) expect(promiseFindings(template.body), template.id).toEqual([]);
  });

  it('catches invented promises (the checker itself)', () => {
    expect(promiseFindings('We will refund you in full.').map((f) => f.rule)).toContain('refund promise');
    expect(promiseFindings('You will receive a replacement within 24 hours.').map((f) => f.rule)).toEqual(
      expect.arrayContaining(['refund promise', 'vague deadline', 'number in template text']),
    );
    expect(promiseFindings('As a thank-you, here is a voucher.').map((f) => f.rule)).toContain('compensation');
    expect(promiseFindings('Returns within {{ shop.return_window_days }} days.')).toEqual([]);
  });
});

describe('Amazon-safe starter templates', () => {
  it('exist and are tagged for Amazon', () => {
    expect(amazon.length).toBeGreaterThanOrEqual(5);
    for (const template of amazon) expect(template.tags).toContain('amazon-safe');
  });

  it('contain no links, contact details, review requests or marketing, as written or rendered', () => {
    for (const template of amazon) {
      expect(amazonFindings(template.body), template.id).toEqual([]);
      for (const scope of Object.values(scopes)) expect(amazonFindings(renderTemplate(template.body, scope).text), template.id).toEqual([]);
    }
  });

  it('cover every intent whose general template would break Amazon rules', () => {
    const fullyRendered = general.filter((t) => t.language === 'en').map((t) => ({ t, text: renderTemplate(t.body, fullScope()).text }));
    const breaking = fullyRendered.filter(({ t, text }) => amazonFindings(t.body).length > 0 || amazonFindings(text).length > 0);
    expect(breaking.map(({ t }) => t.id)).toEqual(expect.arrayContaining(['starter.wismo.tracking', 'starter.feedback.thanks']));
    const amazonIntents = new Set(amazon.flatMap((t) => t.intents));
    for (const { t } of breaking)
      expect(
        t.intents.some((intent) => amazonIntents.has(intent)),
        t.id,
      ).toBe(true);
  });

  it('flags what Amazon forbids (the checker itself)', () => {
    const rules = (text: string) => amazonFindings(text).map((f) => f.rule);
    expect(rules('Track it at https://track.example.com/1Z')).toContain('link');
    expect(rules('Write to help@shop.example')).toContain('email address');
    expect(rules('Call +49 30 1234 5678 any time')).toContain('phone number');
    expect(rules('Please leave us a positive review!')).toContain('review request');
    expect(rules('Sign up to our newsletter for 10% off')).toContain('marketing');
    expect(rules('Tracking number 1Z999AA10123456784 with UPS, arriving November 26, 2026 ($1,234.50).')).toEqual([]);
  });
});
