import { LOOP_FIELDS, type TemplateVariableInfo } from '@/lib/templates/variable-catalog';
import { RichMessage } from '@/lib/i18n/rich-message';
import { useT } from '@/lib/i18n/i18n-context';
import type { MessageKey } from '@/lib/i18n/translator';

/** Each variable's line in the catalogs; lib/i18n/variable-descriptions.test.ts checks every variable has one. */
export const descriptionKey = (name: string) => `variables.description.${name}` as MessageKey;

/** What a loop over the variable gives (`title, quantity, …`): code, the same in every language. */
const loopFields = (name: string) =>
  name in LOOP_FIELDS ? LOOP_FIELDS[name as keyof typeof LOOP_FIELDS].map((field) => field.name).join(', ') : '';

/** The variables a body may use, each with what it holds; clicking one inserts it at the cursor. */
export function TemplateVariables({
  variables,
  onInsert,
}: {
  variables: readonly TemplateVariableInfo[];
  onInsert: (name: string) => void;
}) {
  const t = useT();
  return (
    <details className="template-variables" data-testid="template-variables">
      <summary>{t('variables.title')}</summary>
      <dl>
        {variables.map((variable) => (
          <div key={variable.name} className="template-variable">
            <dt>
              <button
                type="button"
                className="link"
                title={t('variables.insert', { variable: `{{ ${variable.name} }}` })}
                onClick={() => onInsert(variable.name)}
              >
                <code>{`{{ ${variable.name} }}`}</code>
              </button>
            </dt>
            <dd className="muted">
              <RichMessage id={descriptionKey(variable.name)} values={{ fields: <code>{loopFields(variable.name)}</code> }} />
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
