import type { Intent } from '@/lib/schemas/template';
import { useT } from '@/lib/i18n/i18n-context';
import { RichMessage } from '@/lib/i18n/rich-message';

/** The detected request, in words; a low-confidence guess says so instead of pretending. */
export function IntentBadge({ intent }: { intent: { intent: Intent; confidence: number } }) {
  const t = useT();
  const unsure = intent.confidence < 0.45;
  return (
    <p className="intent" data-testid="intent" data-intent={intent.intent}>
      <RichMessage id="intentBadge.request" values={{ intent: <strong>{t(`intent.${intent.intent}`)}</strong> }} />
      <span className="muted">
        {' '}
        {unsure ? t('intentBadge.unsure') : t('intentBadge.confidence', { percent: Math.round(intent.confidence * 100) })}
      </span>
    </p>
  );
}
