import { useState } from 'react';
import { useT } from '@/lib/i18n/i18n-context';

interface Props {
  id: string;
  label: string;
  /** A value is saved: it is never shown again, only replaced. */
  saved: boolean;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  hint?: string;
}

/** A key, token or secret: a password input, or "saved" with a Replace button once it is stored. */
export function SecretInput({ id, label, saved, value, onChange, placeholder, hint }: Props) {
  const t = useT();
  const [replacing, setReplacing] = useState(false);
  if (saved && !replacing) {
    return (
      <div className="field" data-testid={`saved-${id}`}>
        <span>{label}</span>
        <span>
          <span className="ok">{t('secret.saved')}</span> <span className="muted">{t('secret.notShown')}</span>{' '}
          <button type="button" aria-label={t('secret.replaceLabel', { label })} onClick={() => setReplacing(true)}>
            {t('secret.replace')}
          </button>
        </span>
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder={saved ? t('secret.keepSaved') : placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <span id={`${id}-hint`} className="muted">
          {hint}
        </span>
      )}
    </div>
  );
}
