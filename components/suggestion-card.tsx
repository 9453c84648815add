import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { suggestReplies } from '@/lib/suggest/suggest';
import { queryKeys } from '@/lib/queries';
import { recordUsage } from '@/lib/templates/repository';
import { insertReply, type InsertOutcome } from '@/entrypoints/sidepanel/insert-reply';
import { RenderedText } from '@/components/rendered-text';

type Suggestion = ReturnType<typeof suggestReplies>['suggestions'][number];

/** One ranked reply: Insert (into the page's reply box), Copy, or Edit then insert. Never sends. */
export function SuggestionCard({ tabId, suggestion, top }: { tabId: number; suggestion: Suggestion; top: boolean }) {
  const { template, rendered } = suggestion;
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<InsertOutcome | null>(null);
  const blocked = rendered.error !== null || rendered.gaps.length > 0;

  const insert = async (text: string) => {
    const result = await insertReply(tabId, text);
    setOutcome(result);
    if (result.ok) {
      setEditing(null);
      await recordUsage(template.id).catch(() => undefined);
      await queryClient.invalidateQueries({ queryKey: queryKeys.templates });
    }
  };
  const copy = async () => {
    await navigator.clipboard.writeText(rendered.text);
    setOutcome({ ok: true, message: 'Copied to the clipboard.' });
  };

  return (
    <article className={top ? 'card suggestion top' : 'card suggestion'} data-testid="suggestion" data-template={template.id}>
      <h3>{template.title}</h3>
      {rendered.error ? (
        <p className="error" role="alert">This template has an error and cannot be used: {rendered.error}</p>
      ) : editing === null ? (
        <RenderedText segments={rendered.segments} />
      ) : (
        <textarea
          className="editor"
          aria-label="Edit the reply before inserting"
          value={editing}
          onChange={(event) => setEditing(event.target.value)}
          rows={Math.min(16, editing.split('\n').length + 2)}
        />
      )}
      {rendered.gaps.length > 0 && editing === null && (
        <p className="warning">Missing: {rendered.gaps.join(', ')}. Edit the reply to fill the marked gaps.</p>
      )}
      {rendered.error === null && (
        <div className="actions">
          {editing === null ? (
            <>
              <button type="button" className="primary" disabled={blocked} onClick={() => void insert(rendered.text)}>
                Insert
              </button>
              <button type="button" onClick={() => void copy()} disabled={blocked}>Copy</button>
              <button type="button" onClick={() => setEditing(rendered.text)}>Edit</button>
            </>
          ) : (
            <>
              <button type="button" className="primary" onClick={() => void insert(editing)}>Insert edited reply</button>
              <button type="button" onClick={() => setEditing(null)}>Cancel</button>
            </>
          )}
        </div>
      )}
      {outcome && (
        <p className={outcome.ok ? 'ok' : 'error'} role="status">{outcome.message}</p>
      )}
    </article>
  );
}
