import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { exportPack, packFileName, serializePack } from '@/lib/packs/export';
import { settingsQuery, templatesQuery } from '@/lib/queries';
import { errorText } from '@/components/template-library/error-text';
import { exportIds, metadataProblems, type ExportScope } from './export-selection';
import { downloadText } from './files';

const SCOPES: Array<{ value: ExportScope; label: string }> = [
  { value: 'own', label: 'Templates written here' },
  { value: 'all', label: 'All templates' },
  { value: 'picked', label: 'Only the ones I pick' },
];

/** Export all or selected templates as a `deskpilot.pack/v1` file to share or publish. */
export function ExportPackForm() {
  const templates = useQuery(templatesQuery());
  const settings = useQuery(settingsQuery());
  const [meta, setMeta] = useState({ id: 'my-team.replies', name: 'Our replies', version: '1.0.0' });
  const [scope, setScope] = useState<ExportScope>('own');
  const [withShop, setWithShop] = useState(false);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<string[]>([]);
  const all = templates.data ?? [];

  const download = async () => {
    const problems = metadataProblems(meta);
    const ids = exportIds(all, scope, picked);
    if (ids?.length === 0)
      problems.push(scope === 'own' ? 'No template was written here yet: pick templates or export all.' : 'Pick at least one template.');
    if (problems.length) return setStatus(problems);
    try {
      const shop = withShop ? settings.data?.shop : undefined;
      const pack = await exportPack(
        { id: meta.id.trim(), name: meta.name.trim(), version: meta.version.trim(), ...(shop ? { shop } : {}) },
        ids,
      );
      downloadText(packFileName(pack), serializePack(pack));
      setStatus([`Exported ${pack.templates.length} templates as ${packFileName(pack)}.`]);
    } catch (error) {
      setStatus([errorText(error)]);
    }
  };

  const field = (key: keyof typeof meta, label: string) => (
    <label className="field">
      <span>{label}</span>
      <input value={meta[key]} onChange={(e) => setMeta({ ...meta, [key]: e.target.value })} />
    </label>
  );
  return (
    <section className="subsection form" data-testid="pack-export">
      <h3>Export a pack file</h3>
      {field('name', 'Pack name')}
      {field('id', 'Pack id')}
      {field('version', 'Version')}
      <fieldset>
        <legend>Templates</legend>
        {SCOPES.map(({ value, label }) => (
          <label key={value}>
            <input type="radio" name="export-scope" checked={scope === value} onChange={() => setScope(value)} /> {label}
          </label>
        ))}
      </fieldset>
      {scope === 'picked' && (
        <ul className="export-picker" aria-label="Templates to export">
          {all.map((t) => (
            <li key={t.id}>
              <label>
                <input
                  type="checkbox"
                  checked={picked.has(t.id)}
                  onChange={(e) =>
                    setPicked((current) =>
                      e.target.checked ? new Set([...current, t.id]) : new Set([...current].filter((id) => id !== t.id)),
                    )
                  }
                />{' '}
                {t.title} <span className="muted">{t.packId ? `(${t.packId})` : '(written here)'}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <label>
        <input type="checkbox" checked={withShop} onChange={(e) => setWithShop(e.target.checked)} /> Include the shop facts (name, return
        window, hours, voice, signature)
      </label>
      <p className="muted">
        Templates from an installed pack keep their ids: a profile that has that pack refuses them. Share that pack’s own file or address
        instead.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void download()}>
          Download pack file
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
