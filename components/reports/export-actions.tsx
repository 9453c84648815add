import { useState } from 'react';
import type { UsageEvent } from '@/lib/reports/event-schema';
import { usageEventsCsv } from '@/lib/reports/csv';
import { buildExport, UsageExportSchema, type UsageExport } from '@/lib/reports/export-format';
import type { TemplateRef } from '@/lib/reports/figures';
import { TEXT } from '@/components/reports/report-text';

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

export async function readUsageExport(file: File): Promise<UsageExport> {
  if (file.size > MAX_FILE_BYTES) throw new Error(`it is ${Math.round(file.size / 1048576)} MB, more than 200 MB`);
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch {
    throw new Error('it is not JSON');
  }
  const parsed = UsageExportSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${issue?.path.length ? `at ${issue.path.join('.')}: ` : ''}${issue?.message ?? 'invalid'}`);
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
  const [problem, setProblem] = useState<string | null>(null);
  const base = `deskpilot-usage-${fromDay}-to-${toDay}`;
  return (
    <section className="card" aria-labelledby="report-export">
      <h2 id="report-export">{TEXT.exportHeading}</h2>
      <div className="actions">
        <button type="button" data-testid="export-csv" onClick={() => download(`${base}.csv`, usageEventsCsv(events), 'text/csv')}>
          {TEXT.csv}
        </button>
        <button
          type="button"
          data-testid="export-json"
          onClick={() =>
            download(`${base}.json`, `${JSON.stringify(buildExport({ events, templates, fromDay, toDay }), null, 2)}\n`, 'application/json')
          }
        >
          {TEXT.json}
        </button>
      </div>
      <p className="muted">
        {TEXT.exportNote[0]} <code>{TEXT.exportNote[1]}</code> {TEXT.exportNote[2]}
      </p>
      <label className="field">
        {TEXT.openFile}
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
              setProblem(TEXT.badFile(file.name, error instanceof Error ? error.message : String(error)));
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
