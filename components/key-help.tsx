import { useEffect, useRef } from 'react';
import { PANEL_KEYS } from '@/components/panel-keys';
import { useT } from '@/lib/i18n/i18n-context';

/** The list of keyboard shortcuts, opened with "?"; Escape or the button closes it. */
export function KeyHelp({ onClose }: { onClose: () => void }) {
  const t = useT();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    close.current?.focus();
    // Focus goes back where it was, so the agent continues from the same reply.
    return () => {
      const back = previous && previous !== document.body && previous.isConnected ? previous : document.querySelector<HTMLElement>('main');
      back?.focus();
    };
  }, []);
  return (
    <div className="key-help-backdrop">
      <div className="card key-help" role="dialog" aria-modal="true" aria-labelledby="key-help-title" data-testid="key-help">
        <h2 id="key-help-title">{t('keys.title')}</h2>
        <dl>
          {PANEL_KEYS.map(({ keys, action }) => (
            <div key={action} className="key-help-row">
              <dt>
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && t('keys.or')}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{t(`keys.${action}`)}</dd>
            </div>
          ))}
        </dl>
        <button ref={close} type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </div>
  );
}
