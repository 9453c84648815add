/**
 * Renders a template with the order's facts and the agent's answers to its fields, so the reply
 * the panel checks and inserts is the one the agent filled in.
 */
import { renderTemplate, type RenderResult } from '@/lib/templates/render';
import type { FormField } from '@/lib/templates/fields/effective';
import { fieldScope, type FieldScope, type FieldValues } from '@/lib/templates/fields/values';

export interface FilledRender {
  rendered: RenderResult;
  /** The field values as they read in the reply (dates written out): text the agent stated. */
  stated: string[];
  scope: FieldScope;
}

export function renderFilled(
  body: string,
  scope: object,
  fields: readonly FormField[],
  values: FieldValues,
  language: string | null | undefined,
): FilledRender {
  const filled = fieldScope(fields, values, language);
  const stated = Object.values(filled).filter((value): value is string => typeof value === 'string');
  return { rendered: renderTemplate(body, { ...scope, fields: filled }), stated, scope: filled };
}
