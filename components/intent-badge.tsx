import type { Intent } from '@/lib/schemas/template';
import { useT } from '@/lib/i18n/i18n-context';
import { RichMessage } from '@/lib/i18n/rich-message';
import { decidedByMessage } from '@/lib/suggest/ai/decided-by-words';

interface Props {
  /** `noReply`: the AI's intent has no reply in the library (SuggestResult.intent); the badge says so. */
  intent: { intent: Intent; confidence: number; noReply?: true };
  decidedBy?: 'local' | 'ai';
  /** The AI named the local model's top (IntentDecision.confirmed): the reading is no longer unsure. */
  confirmed?: boolean;
}

/**
 * The detected request, in words; a low-confidence guess says so instead of pretending. With an
 * AI endpoint configured, an unsure ticket gets a second opinion and the badge names who decided,
 * or that the AI confirmed the local reading. A confidence is shown only beside the local model's
 * own reading: when the AI decided, the number would be the local model's probability for the
 * AI's intent (decided-intent.ts) — "Invoice (12%) decided by the AI model" reads as the AI being
 * 12 % sure, and "(unsure)" as the AI being unsure; the AI gives no confidence.
 */
export function IntentBadge({ intent, decidedBy, confirmed = false }: Props) {
  const t = useT();
  const localReading = !confirmed && decidedBy !== 'ai';
  const unsure = intent.confidence < 0.45;
  const sureness = unsure ? t('intentBadge.unsure') : t('intentBadge.confidence', { percent: Math.round(intent.confidence * 100) });
  return (
    <p
      className="intent"
      data-testid="intent"
      data-intent={intent.intent}
      data-decided-by={decidedBy}
      data-confirmed={confirmed || undefined}
    >
      <RichMessage id="intentBadge.request" values={{ intent: <strong>{t(`intent.${intent.intent}`)}</strong> }} />
      {localReading && (
        <span className="muted" data-testid="intent-confidence">
          {' '}
          {sureness}
        </span>
      )}
      {decidedBy && (
        <span className="muted" data-testid="intent-decided-by">
          {' '}
          {t(decidedByMessage(decidedBy, confirmed))}
        </span>
      )}
      {intent.noReply && (
        <span className="muted" data-testid="intent-no-reply">
          {' '}
          {t('intentBadge.noReplyForDecided')}
        </span>
      )}
    </p>
  );
}
