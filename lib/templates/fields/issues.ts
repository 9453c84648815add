/**
 * What is wrong with a template's fields, beyond their schema, each at its exact path inside the
 * template (`fields[1].name`, `body`): a declaration the body never uses, a yes/no the body prints
 * (it would say "true"), a `fields.*` reference that is not one field, too many fields.
 */
import { englishMessage, localMessage, type LocalMessage } from '@/lib/i18n/local-message';
import { MAX_TEMPLATE_FIELDS, type TemplateField } from '@/lib/schemas/template-field';
import { effectiveFields } from '@/lib/templates/fields/effective';
import { fieldUsage } from '@/lib/templates/fields/usage';

export type FieldIssueCode = 'notAField' | 'unusedField' | 'yesnoPrinted' | 'tooManyFields';

/**
 * `message` (`editor.fieldIssue.<code>` with `params`) words the issue in the agent's language, in
 * the template editor and a pack's validation report; `problem` is the same sentence in English,
 * from the English catalog, for the CLI and logs.
 */
export interface FieldIssue {
  path: Array<string | number>;
  code: FieldIssueCode;
  params: Record<string, string | number>;
  message: LocalMessage;
  problem: string;
}

function issue(path: Array<string | number>, code: FieldIssueCode, params: Record<string, string | number>): FieldIssue {
  const message = localMessage(`editor.fieldIssue.${code}`, params);
  return { path, code, params, message, problem: englishMessage(message) };
}

export function fieldIssues(body: string, declared: readonly TemplateField[] = []): FieldIssue[] {
  const usage = fieldUsage(body);
  const issues: FieldIssue[] = usage.invalid.map((reference) => issue(['body'], 'notAField', { reference }));
  declared.forEach((field, index) => {
    if (!usage.names.includes(field.name)) issues.push(issue(['fields', index, 'name'], 'unusedField', { name: field.name }));
    else if (field.type === 'yesno' && usage.printed.has(field.name))
      issues.push(
        issue(['fields', index, 'type'], 'yesnoPrinted', {
          name: field.name,
          ifTag: `{% if fields.${field.name} %}`,
          endTag: '{% endif %}',
        }),
      );
  });
  const count = effectiveFields(body, declared).length;
  if (count > MAX_TEMPLATE_FIELDS) issues.push(issue(['body'], 'tooManyFields', { count, max: MAX_TEMPLATE_FIELDS }));
  return issues;
}
