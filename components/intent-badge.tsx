import type { Intent } from '@/lib/schemas/template';

/** The detected request, in words; a low-confidence guess says so instead of pretending. */
export function IntentBadge({ intent }: { intent: { intent: Intent; confidence: number } }) {
  const label = intent.intent.replaceAll('_', ' ');
  const unsure = intent.confidence < 0.45;
  return (
    <p className="intent" data-testid="intent" data-intent={intent.intent}>
      Request: <strong>{label}</strong>
      <span className="muted"> {unsure ? '(unsure)' : `(${Math.round(intent.confidence * 100)}%)`}</span>
    </p>
  );
}
