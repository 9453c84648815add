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
      <h3 className="pack-update-title">{update.title}</h3>
      <p className="muted">
        {update.packVersion
          ? t('packs.update.changedVersion', { pack: update.packId, version: update.packVersion })
          : t('packs.update.changed', { pack: update.packId })}
      </p>
      {/* A plain block or line may not carry a name (axe: aria-prohibited-attr): the figure is named by its caption, each line by hidden text. */}
      <figure style={{ margin: 0 }}>
        <figcaption className="sr-only">{t('packs.update.diffLabel')}</figcaption>
        <pre className="diff">
          {update.diff.map((line, index) => (
            <div key={index} className={`diff-line diff-${line.kind}`}>
              <span className="sr-only">{t(`packs.update.line.${line.kind}`)}: </span>
              {`${MARKERS[line.kind]} ${line.text}`}
            </div>
          ))}
        </pre>
      </figure>
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
