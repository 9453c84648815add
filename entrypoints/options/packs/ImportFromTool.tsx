import { useState, type ChangeEvent } from 'react';
import { PackIssues } from '@/components/pack-issues';
import { useT } from '@/lib/i18n/i18n-context';
import { CONVERTERS, type ConversionResult, type ConverterId } from '@/lib/packs/convert';
import { serializePack } from '@/lib/packs/export';
import { importPackFile } from '@/lib/packs/import-file';
import type { PackIssue } from '@/lib/packs/validate';
import { packErrorText, renderPackText, renderPackValue } from '@/lib/packs/pack-text';
import { useRefreshLibrary } from '@/components/template-library/use-template-writes';
import { readPickedFile } from './files';
import { importSummaryText } from './summary-text';

const TOOL_IDS = Object.keys(CONVERTERS) as ConverterId[];

/**
 * Coming from Zendesk, Gorgias, Help Scout or a spreadsheet: the export is converted and shown
 * first (what could not be mapped stays in the body as a gap to fill), then imported on request.
 */
export function ImportFromTool() {
  const t = useT();
  const refresh = useRefreshLibrary();
  const [tool, setTool] = useState<ConverterId>('zendesk');
  const [result, setResult] = useState<ConversionResult | null>(null);
  const [issues, setIssues] = useState<PackIssue[]>([]);
  const [status, setStatus] = useState<string | null>(null);

  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setResult(null);
    setIssues([]);
    try {
      setResult(CONVERTERS[tool].convert(await readPickedFile(file)));
      setStatus(null);
    } catch (error) {
      setStatus(packErrorText(error, t));
    }
  };

  const install = async (converted: ConversionResult) => {
    try {
      // Through the same validation as any pack file: what reaches the database is checked.
      const imported = await importPackFile(serializePack(converted.pack));
      if (!imported.ok) return setIssues(imported.issues);
      setResult(null);
      setStatus(t('packs.import.done', { summary: importSummaryText(imported.pack, imported.summary, t) }));
      await refresh();
    } catch (error) {
      setStatus(packErrorText(error, t));
    }
  };

  return (
    <section className="subsection form" data-testid="pack-convert">
      <h3>{t('packs.convert.title')}</h3>
      <label className="field">
        <span>{t('packs.convert.from')}</span>
        <select
          value={tool}
          onChange={(e) => {
            setTool(e.target.value as ConverterId);
            setResult(null);
          }}
        >
          {TOOL_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`packs.convert.tool.${id}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">
        {t(`packs.convert.accepts.${tool}`)} <code>{CONVERTERS[tool].example}</code>
      </p>
      <label className="field">
        <span>{t('packs.convert.file')}</span>
        <input type="file" accept={tool === 'csv' ? '.csv,text/csv' : '.json,application/json'} onChange={(e) => void onPick(e)} />
      </label>
      {status && (
        <p role="status" data-testid="pack-convert-status">
          {status}
        </p>
      )}
      {result && (
        <div className="card" data-testid="conversion-result">
          <p>{t('packs.convert.ready', { count: result.pack.templates.length, name: result.pack.name })}</p>
          {result.reports.length > 0 && (
            <>
              <p className="warning">{t('packs.convert.unmapped')}</p>
              <ul className="items" data-testid="conversion-unmapped">
                {result.reports.map((report) => (
                  <li key={report.templateId}>
                    <strong>{report.title}</strong>
                    {report.unmapped.length > 0 && (
                      <>
                        {' — '}
                        {t('packs.convert.placeholders')} <code>{report.unmapped.map((p) => `{{${p}}}`).join(', ')}</code>
                      </>
                    )}
                    {report.asFields.length > 0 && (
                      <>
                        {' — '}
                        {t('packs.convert.asFields')}{' '}
                        <code>{report.asFields.map((f) => `{{${f.placeholder}}} → fields.${f.field}`).join(', ')}</code>
                      </>
                    )}
                    {report.notes.map((note, index) => (
                      <div key={index} className="muted">
                        {renderPackText(note, t)}
                      </div>
                    ))}
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.skipped.length > 0 && (
            <>
              <p className="warning">{t('packs.convert.skipped')}</p>
              <ul className="items">
                {result.skipped.map((s, index) => (
                  <li key={index}>
                    {t('common.labelled', { label: renderPackValue(s.source, t) })} {renderPackText(s.reason, t)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="actions">
            <button type="button" className="primary" disabled={result.pack.templates.length === 0} onClick={() => void install(result)}>
              {t('packs.convert.import', { count: result.pack.templates.length })}
            </button>
            <button type="button" onClick={() => setResult(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <PackIssues issues={issues} />
    </section>
  );
}
