import { z } from 'zod';
import { i18nIssue } from '@/lib/i18n/issue-text';

/**
 * Fill-in fields: what only the agent knows (a tracking number typed from the carrier's site, the
 * return-label method chosen), asked for in a small form before insert. A body uses a field as
 * `{{ fields.tracking_number }}` (or `{% if fields.gift_note %}` for a yes/no), so it stays plain
 * Liquid; a declaration only adds a label, a type other than text, or the choices. lib/packs/README.md.
 */
export const FIELD_TYPES = ['text', 'choice', 'date', 'yesno'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Short and snake_case: it appears in Liquid (`fields.<name>`) and in the panel's gap markers. */
export const FIELD_NAME_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
export const MAX_TEMPLATE_FIELDS = 12;
export const MAX_FIELD_OPTIONS = 30;

export const TemplateFieldSchema = z
  .strictObject({
    name: z.string().regex(FIELD_NAME_PATTERN, 'must be snake_case: a lower-case letter, then letters, digits or _ (at most 40)'),
    type: z.enum(FIELD_TYPES).optional(),
    label: z.string().trim().min(1).max(80).optional(),
    /** For `choice`: what the agent picks from, in this order. */
    options: z.array(z.string().trim().min(1).max(120)).min(2).max(MAX_FIELD_OPTIONS).optional(),
    /** A line under the input, e.g. "As the carrier's site shows it". */
    hint: z.string().trim().min(1).max(160).optional(),
  })
  .superRefine((field, ctx) => {
    if (field.type === 'choice' && !field.options)
      ctx.addIssue({ code: 'custom', path: ['options'], ...i18nIssue('fields.issue.choiceNeedsOptions') });
    if (field.type !== 'choice' && field.options)
      ctx.addIssue({ code: 'custom', path: ['options'], ...i18nIssue('fields.issue.optionsOnlyForChoice') });
    if (field.options && new Set(field.options).size !== field.options.length)
      ctx.addIssue({ code: 'custom', path: ['options'], ...i18nIssue('fields.issue.optionTwice') });
  });
export type TemplateField = z.infer<typeof TemplateFieldSchema>;

export const TemplateFieldsSchema = z
  .array(TemplateFieldSchema)
  .max(MAX_TEMPLATE_FIELDS, { error: `a template asks for at most ${MAX_TEMPLATE_FIELDS} fields` })
  .superRefine((fields, ctx) => {
    const seen = new Map<string, number>();
    fields.forEach((field, index) => {
      const earlier = seen.get(field.name);
      if (earlier !== undefined)
        ctx.addIssue({ code: 'custom', path: [index, 'name'], ...i18nIssue('fields.issue.nameRepeated', { earlier: String(earlier) }) });
      else seen.set(field.name, index);
    });
  });
