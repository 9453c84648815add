/**
 * What is wrong with a template's fields, beyond their schema, each at its exact path inside the
 * template (`fields[1].name`, `body`): a declaration the body never uses, a yes/no the body prints
 * (it would say "true"), a `fields.*` reference that is not one field, too many fields.
 */
import { MAX_TEMPLATE_FIELDS, type TemplateField } from '@/lib/schemas/template-field';
import { effectiveFields } from '@/lib/templates/fields/effective';
import { fieldUsage } from '@/lib/templates/fields/usage';

export interface FieldIssue {
  path: Array<string | number>;
  problem: string;
}

export function fieldIssues(body: string, declared: readonly TemplateField[] = []): FieldIssue[] {
  const usage = fieldUsage(body);
  const issues: FieldIssue[] = usage.invalid.map((reference) => ({
    path: ['body'],
    problem: `uses "${reference}", which is not a field: write fields.<name>, with a snake_case name such as fields.tracking_number`,
  }));
  declared.forEach((field, index) => {
    if (!usage.names.includes(field.name))
      issues.push({ path: ['fields', index, 'name'], problem: `is "${field.name}", but the body never uses fields.${field.name}` });
    else if (field.type === 'yesno' && usage.printed.has(field.name))
      issues.push({
        path: ['fields', index, 'type'],
        problem: `is "yesno", but the body prints fields.${field.name} (it would read "true"): use {% if fields.${field.name} %} … {% endif %}`,
      });
  });
  const count = effectiveFields(body, declared).length;
  if (count > MAX_TEMPLATE_FIELDS)
    issues.push({ path: ['body'], problem: `asks for ${count} fields; a template asks for at most ${MAX_TEMPLATE_FIELDS}` });
  return issues;
}
