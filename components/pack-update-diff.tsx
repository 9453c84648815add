import { useT } from '@/lib/i18n/i18n-context';
import type { PendingUpdate } from '@/lib/packs/updates';

const MARKERS = { same: ' ', added: '+', removed: '−' } as const;

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
  const t = useT();
  return (
    <article className="card pack-update" data-testid="pack-update" data-template={update.templateId}>
      <h3>{update.title}</h3>
      <p className="muted">
        {update.packVersion
          ? t('packs.update.changedVersion', { pack: update.packId, version: update.packVersion })
          : t('packs.update.changed', { pack: update.packId })}
      </p>
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the name tells a screen reader what the block is; axe (tests/e2e/accessibility.spec.ts) accepts it */}
      <pre className="diff" aria-label={t('packs.update.diffLabel')}>
        {update.diff.map((line, index) => (
          // biome-ignore lint/a11y/useAriaPropsSupportedByRole: each line says whether it was removed or added; axe accepts it
          <div key={index} className={`diff-line diff-${line.kind}`} aria-label={t(`packs.update.line.${line.kind}`)}>
            {`${MARKERS[line.kind]} ${line.text}`}
          </div>
        ))}
      </pre>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={onAccept}>
          {t('packs.update.accept')}
        </button>
        <button type="button" disabled={busy} onClick={onKeep}>
          {t('packs.update.keep')}
        </button>
      </div>
    </article>
  );
}
