/** "Insert anyway?": shown when a reply holds unverified facts or breaks the site's rules. */
export function InsertConfirm({ summary, onInsert, onCancel }: { summary: string; onInsert: () => void; onCancel: () => void }) {
  return (
    <div className="confirm" role="alertdialog" aria-label="Insert anyway?">
      <p>{summary}. Insert anyway?</p>
      <div className="actions">
        <button type="button" className="primary" onClick={onInsert}>
          Insert anyway
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
