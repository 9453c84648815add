/**
 * "Report a page read wrong": asks the tab for the redacted snapshot and the expected ticket and
 * downloads both files, named as the fixture they become. Nothing leaves the browser but by this
 * download. `requestSnapshot` is the panel's messaging (sendToTab with a getSnapshot request,
 * the answer parsed with SnapshotResponseSchema).
 */
import { useState } from 'react';
import type { SnapshotResponse } from '@/lib/schemas/snapshot-messages';
import { useI18n } from '@/lib/i18n/i18n-context';

export function ReportPageButton({ requestSnapshot }: { requestSnapshot: () => Promise<SnapshotResponse> }) {
  const { t, list } = useI18n();
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false });
  const report = async () => {
    setState({ busy: true });
    try {
      const answer = await requestSnapshot();
      if (!answer.ok) return setState({ busy: false, message: t(`report.reason.${answer.reason}`) });
      for (const file of answer.files) download(file.path, file.contents);
      setState({
        busy: false,
        message: t('report.saved', { files: list(answer.files.map((file) => file.path.split('/').pop() ?? file.path)) }),
      });
    } catch {
      setState({ busy: false, message: t('report.noAnswer') });
    }
  };
  return (
    <div className="report-page">
      <button type="button" onClick={report} disabled={state.busy}>
        {t('report.button')}
      </button>
      {state.message ? <p role="status">{state.message}</p> : null}
    </div>
  );
}

function download(path: string, contents: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type: path.endsWith('.json') ? 'application/json' : 'text/html' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = path.split('/').pop()!;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
