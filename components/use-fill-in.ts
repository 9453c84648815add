import { useMemo, useState } from 'react';
import type { Suggestion } from '@/lib/suggest/suggestion-types';
import { renderFilled, type FieldValues, type FilledRender } from '@/lib/templates/fields';

/**
 * A suggestion's fill-in fields: whether the form is open, the agent's last answers, and the reply
 * rendered with them (again when the chosen order changes). Gaps of unanswered fields do not block
 * Insert: Insert asks for them.
 */
export function useFillIn(suggestion: Suggestion) {
  const { template, fields, scope, rendered } = suggestion;
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<FieldValues | undefined>(undefined);
  const render = (answers: FieldValues) => renderFilled(template.body, scope, fields, answers, template.language);
  const filled = useMemo(() => (values ? render(values) : null), [values, template.body, template.language, scope, fields]);
  const current = filled?.rendered ?? rendered;
  return {
    hasFields: fields.length > 0,
    open,
    values,
    filled,
    /** The reply as it stands: filled in when the agent has answered, else as suggested. */
    current,
    /** Gaps the form cannot fill (missing order facts) still block Insert, as for any template. */
    dataGaps: current.gaps.filter((gap) => !gap.startsWith('fields.')),
    ask: () => setOpen(true),
    cancel: () => setOpen(false),
    /** Keeps the answers and returns the reply rendered with them, for the caller to check and insert. */
    fill: (answers: FieldValues): FilledRender => {
      setValues(answers);
      setOpen(false);
      return render(answers);
    },
  };
}
