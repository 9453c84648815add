import type { StoreConnection } from '@/lib/schemas/store';
import { PLATFORM_FIELDS, type FieldSpec } from './platform-fields';
import type { FormValues } from './store-form-values';
import { GuideText } from './GuideText';
import { SecretInput } from './SecretInput';
import type { ConnectablePlatform } from './store-list';
import { useT } from '@/lib/i18n/i18n-context';

interface Props {
  platform: ConnectablePlatform;
  values: FormValues;
  onChange: (values: FormValues) => void;
  /** The store being edited: its secrets show as "saved". */
  saved?: StoreConnection;
  /** The field the last check found wrong, to mark it. */
  invalidField: string | null;
}

/** The platform's connection fields, generated from its field list; advanced ones folded away. */
export function StoreFields({ platform, values, onChange, saved, invalidField }: Props) {
  const t = useT();
  const fields = PLATFORM_FIELDS[platform];
  const render = (field: FieldSpec) => {
    const id = `store-${platform}-${field.key}`;
    const value = values[field.key] ?? '';
    const set = (next: string) => onChange({ ...values, [field.key]: next });
    const label = field.optional ? t('stores.optional', { label: t(field.label) }) : t(field.label);
    const hint = field.hint && t(field.hint);
    if (field.kind === 'secret') {
      const isSaved = Boolean(saved && (saved as Record<string, unknown>)[field.key]);
      return (
        <SecretInput
          key={id}
          id={id}
          label={label}
          saved={isSaved}
          value={value}
          onChange={set}
          placeholder={field.placeholder}
          hint={hint}
        />
      );
    }
    const hintId = hint ? `${id}-hint` : undefined;
    return (
      <div key={id} className="field">
        <label htmlFor={id}>{label}</label>
        {field.kind === 'select' ? (
          <select
            id={id}
            value={value}
            onChange={(event) => set(event.target.value)}
            aria-invalid={invalidField === field.key}
            aria-describedby={hintId}
          >
            <option value="">{t('stores.choose')}</option>
            {field.options?.map((option) => (
              <option key={option.value} value={option.value}>
                {t(option.label)}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={id}
            value={value}
            placeholder={field.placeholder}
            spellCheck={false}
            aria-invalid={invalidField === field.key}
            aria-describedby={hintId}
            onChange={(event) => set(event.target.value)}
          />
        )}
        {hint && (
          <span id={hintId} className="muted">
            <GuideText text={hint} />
          </span>
        )}
      </div>
    );
  };
  const advanced = fields.filter((f) => f.advanced);
  return (
    <>
      {fields.filter((f) => !f.advanced).map(render)}
      {advanced.length > 0 && (
        <details open={advanced.some((f) => values[f.key])}>
          <summary>{t('stores.advanced')}</summary>
          {advanced.map(render)}
        </details>
      )}
    </>
  );
}
