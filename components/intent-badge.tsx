import type { Intent } from '@/lib/schemas/template';
import { useT } from '@/lib/i18n/i18n-context';
import { RichMessage } from '@/lib/i18n/rich-message';
import { decidedByMessage } from '@/lib/suggest/ai/decided-by-words';
import { NoDecision } from '@/lib/suggest/ai/intent-opinion-query';
import type { OpinionStatus } from '@/lib/suggest/ai/opinion-status';
import { quotedError } from '@/lib/i18n/quote';
import type { Translator } from '@/lib/i18n/translator';

interface Props {
  /** `noReply`: the AI's intent has no reply in the library (SuggestResult.intent); the badge says so. */
  intent: { intent: Intent; confidence: number; noReply?: true };
  decidedBy?: 'local' | 'ai';
  /** The AI named the local model's top (IntentDecision.confirmed): the reading is no longer unsure. */
  confirmed?: boolean;
  /** The second opinion being asked, or not askable (opinion-status.ts): the badge shows the local reading meanwhile. */
  opinion?: OpinionStatus;
}

/** Why the AI could not be asked: the browser's or the background's words, quoted; ours when it answered nothing readable. */
function notAskedReason(error: unknown, t: Translator['t']): string {
  return error instanceof NoDecision ? t('intentBadge.noAnswer') : quotedError(error, t);
}

/**
 * The detected request, in words; a low-confidence guess says so instead of pretending. With an
 * AI endpoint configured, an unsure ticket gets a second opinion and the badge names who decided,
 * or that the AI confirmed the local reading. A confidence is shown only beside the local model's
 * own reading: when the AI decided, the number would be the local model's probability for the
 * AI's intent (decided-intent.ts) — "Invoice (12%) decided by the AI model" reads as the AI being
 * 12 % sure, and "(unsure)" as the AI being unsure; the AI gives no confidence.
 */
export function IntentBadge({ intent, decidedBy, confirmed = false, opinion }: Props) {
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
      {opinion && 'asking' in opinion && (
        <span className="muted" data-testid="intent-asking-ai" role="status">
          {' '}
          {t('intentBadge.askingAi')}
        </span>
      )}
      {opinion && 'failed' in opinion && (
        <span className="muted" data-testid="intent-ai-not-asked" role="status">
          {' '}
          {t('intentBadge.aiNotAsked', { reason: notAskedReason(opinion.failed, t) })}
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
