import { useState } from 'react';
import type { UsageEvent } from '@/lib/reports/event-schema';
import { usageEventsCsv } from '@/lib/reports/csv';
import { buildExport, UsageExportSchema, type UsageExport } from '@/lib/reports/export-format';
import type { TemplateRef } from '@/lib/reports/figures';
import { RichMessage } from '@/lib/i18n/rich-message';
import { useT } from '@/lib/i18n/i18n-context';
import type { MessageKey } from '@/lib/i18n/translator';
import { issueMessage } from '@/lib/i18n/issue-text';
import { englishText, localMessage, renderMessage, type LocalValue } from '@/lib/i18n/local-message';

/** Lets the browser download `text` as `fileName` (no downloads permission needed). */
function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A team file is bounded before it is read: 200 MB is years of a large team. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Why a picked file is not an export, as a message of the interface. */
export class UsageFileError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, LocalValue> = {},
  ) {
    super(englishText(key, params));
  }
}

export async function readUsageExport(file: File): Promise<UsageExport> {
  if (file.size > MAX_FILE_BYTES) throw new UsageFileError('reports.badFile.tooBig', { size: Math.round(file.size / 1048576) });
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch {
    throw new UsageFileError('reports.badFile.notJson');
  }
  const parsed = UsageExportSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  // zod words its issues in English: the issue's code is worded in the agent's language instead.
  throw new UsageFileError('reports.badFile.at', {
    path: issue?.path.join('.') || localMessage('reports.badFile.wholeFile'),
    message: issue ? issueMessage(issue) : localMessage('issue.invalid'),
  });
}

interface Props {
  events: readonly UsageEvent[];
  templates: readonly TemplateRef[];
  fromDay: string;
  toDay: string;
  onOpen: (name: string, file: UsageExport) => void;
}

/** CSV and JSON of the range shown, and opening a (merged) team export instead of local data. */
export function ExportActions({ events, templates, fromDay, toDay, onOpen }: Props) {
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);
  const base = `deskpilot-usage-${fromDay}-to-${toDay}`;
  return (
    <section className="card" aria-labelledby="report-export">
      <h2 id="report-export">{t('reports.export.heading')}</h2>
      <div className="actions">
        <button type="button" data-testid="export-csv" onClick={() => download(`${base}.csv`, usageEventsCsv(events), 'text/csv')}>
          {t('reports.export.csv')}
        </button>
        <button
          type="button"
          data-testid="export-json"
          onClick={() =>
            download(`${base}.json`, `${JSON.stringify(buildExport({ events, templates, fromDay, toDay }), null, 2)}\n`, 'application/json')
          }
        >
          {t('reports.export.json')}
        </button>
      </div>
      <p className="muted">
        <RichMessage id="reports.export.note" values={{ command: <code>npm run -s cli -- report merge a.json b.json …</code> }} />
      </p>
      <label className="field">
        {t('reports.openFile')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="open-export"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            try {
              onOpen(file.name, await readUsageExport(file));
              setProblem(null);
            } catch (error) {
              if (!(error instanceof UsageFileError)) throw error;
              setProblem(t('reports.badFile', { name: file.name, problem: renderMessage(localMessage(error.key, error.params), t) }));
            }
          }}
        />
      </label>
      {problem && (
        <p className="error" role="alert" data-testid="open-export-error">
          {problem}
        </p>
      )}
    </section>
  );
}
