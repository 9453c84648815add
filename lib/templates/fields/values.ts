/**
 * What the agent typed into a template's fields, turned into the `fields` scope the body renders
 * with. Empty text stays absent (the renderer marks it as a gap, never a silent blank); a date is
 * written out in the reply's language like the order's dates; a yes/no is a boolean for `{% if %}`.
 */
import { z } from 'zod';
import { formatDate, localeFor } from '@/lib/templates/format';
import type { FormField } from '@/lib/templates/fields/effective';

export type FieldValues = Record<string, string | boolean>;
export type FieldScope = Record<string, string | boolean | undefined>;

/** An agent's single line; longer text belongs in the reply editor. */
export const MAX_FIELD_VALUE = 500;
const IsoDateSchema = z.iso.date();

export function fieldScope(fields: readonly FormField[], values: FieldValues, language: string | null | undefined): FieldScope {
  const locale = localeFor(language);
  const scope: FieldScope = Object.create(null);
  for (const field of fields) {
    const value = Object.hasOwn(values, field.name) ? values[field.name] : undefined;
    if (field.type === 'yesno') {
      scope[field.name] = value === true;
      continue;
    }
    const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD_VALUE) : '';
    if (!text) scope[field.name] = undefined;
    else if (field.type === 'date') scope[field.name] = IsoDateSchema.safeParse(text).success ? formatDate(text, locale) : undefined;
    else if (field.type === 'choice') scope[field.name] = field.options?.includes(text) ? text : undefined;
    else scope[field.name] = text;
  }
  return scope;
}

/** A field the agent must still fill in; yes/no always has an answer. */
export function missingFields(fields: readonly FormField[], scope: FieldScope): FormField[] {
  return fields.filter((field) => field.type !== 'yesno' && scope[field.name] === undefined);
}

/** The editor's preview: what a filled-in form would look like, with every yes/no paragraph shown. */
export const SAMPLE_FIELD_DATE = '2026-12-10';

export function sampleFieldValues(fields: readonly FormField[]): FieldValues {
  const values: FieldValues = {};
  for (const field of fields) {
    if (field.type === 'yesno') values[field.name] = true;
    else if (field.type === 'date') values[field.name] = SAMPLE_FIELD_DATE;
    else if (field.type === 'choice') values[field.name] = field.options?.[0] ?? '';
    else values[field.name] = `‹${field.label}›`;
  }
  return values;
}
