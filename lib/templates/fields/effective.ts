/**
 * The fields a template asks for: its declarations, plus every `fields.<name>` the body uses
 * without one. An undeclared field the body prints is short text; one it only tests in
 * `{% if %}` is a yes/no. Labels default to the name in words ("tracking_number" → "Tracking number").
 */
import type { FieldType, TemplateField } from '@/lib/schemas/template-field';
import { fieldUsage } from '@/lib/templates/fields/usage';

export interface FormField {
  name: string;
  type: FieldType;
  label: string;
  options?: string[];
  hint?: string;
}

export function labelOf(name: string): string {
  const words = name.replace(/_+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function effectiveFields(body: string, declared: readonly TemplateField[] = []): FormField[] {
  const usage = fieldUsage(body);
  const fromDeclarations = declared.map(
    ({ name, type, label, options, hint }): FormField => ({
      name,
      type: type ?? 'text',
      label: label ?? labelOf(name),
      ...(options ? { options: [...options] } : {}),
      ...(hint ? { hint } : {}),
    }),
  );
  const inferred = usage.names
    .filter((name) => !declared.some((field) => field.name === name))
    .map((name): FormField => ({ name, type: usage.printed.has(name) ? 'text' : 'yesno', label: labelOf(name) }));
  return [...fromDeclarations, ...inferred];
}
