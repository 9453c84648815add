import type { Intent } from '@/lib/schemas/template';
import { useT } from '@/lib/i18n/i18n-context';
import { RichMessage } from '@/lib/i18n/rich-message';

/**
 * The detected request, in words; a low-confidence guess says so instead of pretending. With an
 * AI endpoint configured, an unsure ticket gets a second opinion and the badge names who decided.
 */
export function IntentBadge({ intent, decidedBy }: { intent: { intent: Intent; confidence: number }; decidedBy?: 'local' | 'ai' }) {
  const t = useT();
  const unsure = intent.confidence < 0.45;
  return (
    <p className="intent" data-testid="intent" data-intent={intent.intent} data-decided-by={decidedBy}>
      <RichMessage id="intentBadge.request" values={{ intent: <strong>{t(`intent.${intent.intent}`)}</strong> }} />
      <span className="muted">
        {' '}
        {unsure ? t('intentBadge.unsure') : t('intentBadge.confidence', { percent: Math.round(intent.confidence * 100) })}
      </span>
      {decidedBy && (
        <span className="muted" data-testid="intent-decided-by">
          {' '}
          {t(`intentBadge.decidedBy.${decidedBy}`)}
        </span>
      )}
    </p>
  );
}
