import type { PendingUpdate } from '@/lib/packs/updates';

const MARKERS = { same: ' ', added: '+', removed: '−' } as const;
const LABELS = { same: 'unchanged line', added: "line only in the pack's version", removed: 'line only in your version' } as const;

/**
 * A pack update for a template the agent edited: the line diff from their version to the pack's,
 * and the two choices. Lines are text, never HTML. Markers (+ / −) keep it readable without colour.
 */
export function PackUpdateDiff({
  update,
  busy = false,
  onAccept,
  onKeep,
}: {
  update: PendingUpdate;
  busy?: boolean;
  onAccept: () => void;
  onKeep: () => void;
}) {
  return (
    <article className="card pack-update" data-testid="pack-update" data-template={update.templateId}>
      <h3>{update.title}</h3>
      <p className="muted">
        Pack “{update.packId}”{update.packVersion ? ` version ${update.packVersion}` : ''} changed this reply. You edited it, so your
        version is kept until you choose.
      </p>
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the name tells a screen reader what the block is; axe (tests/e2e/accessibility.spec.ts) accepts it */}
      <pre className="diff" aria-label="Differences: − your version, + the pack's version">
        {update.diff.map((line, index) => (
          // biome-ignore lint/a11y/useAriaPropsSupportedByRole: each line says whether it was removed or added; axe accepts it
          <div key={index} className={`diff-line diff-${line.kind}`} aria-label={LABELS[line.kind]}>
            {`${MARKERS[line.kind]} ${line.text}`}
          </div>
        ))}
      </pre>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={onAccept}>
          Use the pack's version
        </button>
        <button type="button" disabled={busy} onClick={onKeep}>
          Keep mine
        </button>
      </div>
    </article>
  );
}
