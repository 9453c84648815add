import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useT } from '@/lib/i18n/i18n-context';
import type { MessageKey } from '@/lib/i18n/translator';
import { exportPack, packFileName, serializePack } from '@/lib/packs/export';
import { packErrorText } from '@/lib/packs/pack-text';
import { settingsQuery } from '@/lib/queries/settings';
import { templatesQuery } from '@/lib/queries/library';
import { exportIds, metadataProblems, type ExportScope } from './export-selection';
import { downloadText } from './files';

const SCOPES: readonly ExportScope[] = ['own', 'all', 'picked'];
const META_LABELS: Record<'id' | 'name' | 'version', MessageKey> = {
  name: 'packs.export.name',
  id: 'packs.export.id',
  version: 'packs.export.version',
};

/** Export all or selected templates as a `deskpilot.pack/v1` file to share or publish. */
export function ExportPackForm() {
  const t = useT();
  const templates = useQuery(templatesQuery());
  const settings = useQuery(settingsQuery());
  const [meta, setMeta] = useState(() => ({ id: 'my-team.replies', name: t('packs.export.defaultName'), version: '1.0.0' }));
  const [scope, setScope] = useState<ExportScope>('own');
  const [withShop, setWithShop] = useState(false);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<string[]>([]);
  const all = templates.data ?? [];

  const download = async () => {
    const problems = metadataProblems(meta).map((key) => t(key));
    const ids = exportIds(all, scope, picked);
    if (ids?.length === 0) problems.push(t(scope === 'own' ? 'packs.export.noneWrittenHere' : 'packs.export.pickOne'));
    if (problems.length) return setStatus(problems);
    try {
      const shop = withShop ? settings.data?.shop : undefined;
      const pack = await exportPack(
        { id: meta.id.trim(), name: meta.name.trim(), version: meta.version.trim(), ...(shop ? { shop } : {}) },
        ids,
      );
      downloadText(packFileName(pack), serializePack(pack));
      setStatus([t('packs.export.done', { count: pack.templates.length, file: packFileName(pack) })]);
    } catch (error) {
      setStatus([packErrorText(error, t)]);
    }
  };

  const field = (key: keyof typeof meta) => (
    <label className="field">
      <span>{t(META_LABELS[key])}</span>
      <input value={meta[key]} onChange={(e) => setMeta({ ...meta, [key]: e.target.value })} />
    </label>
  );
  return (
    <section className="subsection form" data-testid="pack-export">
      <h3>{t('packs.export.title')}</h3>
      {field('name')}
      {field('id')}
      {field('version')}
      <fieldset>
        <legend>{t('packs.export.templates')}</legend>
        {SCOPES.map((value) => (
          <label key={value}>
            <input type="radio" name="export-scope" checked={scope === value} onChange={() => setScope(value)} />{' '}
            {t(`packs.export.scope.${value}`)}
          </label>
        ))}
      </fieldset>
      {scope === 'picked' && (
        <ul className="export-picker" aria-label={t('packs.export.pickerLabel')}>
          {all.map((template) => (
            <li key={template.id}>
              <label>
                <input
                  type="checkbox"
                  checked={picked.has(template.id)}
                  onChange={(e) =>
                    setPicked((current) =>
                      e.target.checked ? new Set([...current, template.id]) : new Set([...current].filter((id) => id !== template.id)),
                    )
                  }
                />{' '}
                {template.title}{' '}
                <span className="muted">
                  {template.packId ? t('packs.export.fromPack', { pack: template.packId }) : t('packs.export.writtenHere')}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <label>
        <input type="checkbox" checked={withShop} onChange={(e) => setWithShop(e.target.checked)} /> {t('packs.export.withShop')}
      </label>
      <p className="muted">{t('packs.export.ownedIds')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void download()}>
          {t('packs.export.download')}
        </button>
      </div>
      {status.length > 0 && (
        <ul role="status" data-testid="pack-export-status">
          {status.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
