/**
 * "Report a page read wrong": asks the tab for the redacted snapshot and the expected ticket and
 * downloads both files, named as the fixture they become. Nothing leaves the browser but by this
 * download. `requestSnapshot` is the panel's messaging (sendToTab with a getSnapshot request,
 * the answer parsed with SnapshotResponseSchema).
 */
import { useState } from 'react';
import type { SnapshotResponse } from '@/lib/schemas/snapshot-messages';

export function ReportPageButton({ requestSnapshot }: { requestSnapshot: () => Promise<SnapshotResponse> }) {
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false });
  const report = async () => {
    setState({ busy: true });
    try {
      const answer = await requestSnapshot();
      if (!answer.ok) return setState({ busy: false, message: answer.message });
      for (const file of answer.files) download(file.path, file.contents);
      setState({
        busy: false,
        message: `Saved ${answer.files.map((file) => file.path.split('/').pop()).join(' and ')}: names, addresses and numbers are replaced.`,
      });
    } catch {
      setState({ busy: false, message: 'The page did not answer. Reload it and try again.' });
    }
  };
  return (
    <div className="report-page">
      <button type="button" onClick={report} disabled={state.busy}>
        Report a page read wrong
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
