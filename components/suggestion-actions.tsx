import { useT } from '@/lib/i18n/i18n-context';

interface Props {
  /** The agent is editing the reply: the buttons insert the edited text or leave the editor. */
  editing: boolean;
  /** The template cannot render or lacks order data: nothing to insert or copy. */
  blocked: boolean;
  /** Fill-in fields not answered yet: copying would copy the blanks. */
  unanswered: boolean;
  onInsert: () => void;
  onCopy: () => void;
  onEdit: () => void;
  onCancelEdit: () => void;
}

/** A suggestion's buttons: Insert, Copy, Edit — or, while editing, Insert edited and Cancel. */
export function SuggestionActions({ editing, blocked, unanswered, onInsert, onCopy, onEdit, onCancelEdit }: Props) {
  const t = useT();
  if (editing) {
    return (
      <div className="actions">
        <button type="button" className="primary" data-action="insert" onClick={onInsert}>
          {t('suggestion.insertEdited')}
        </button>
        <button type="button" onClick={onCancelEdit}>
          {t('common.cancel')}
        </button>
      </div>
    );
  }
  return (
    <div className="actions">
      <button type="button" className="primary" data-action="insert" aria-keyshortcuts="Enter" disabled={blocked} onClick={onInsert}>
        {t('suggestion.insert')}
      </button>
      <button type="button" data-action="copy" aria-keyshortcuts="c" onClick={onCopy} disabled={blocked || unanswered}>
        {t('suggestion.copy')}
      </button>
      <button type="button" data-action="edit" aria-keyshortcuts="e" onClick={onEdit}>
        {t('suggestion.edit')}
      </button>
    </div>
  );
}
