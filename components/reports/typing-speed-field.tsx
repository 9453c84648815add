import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queries/keys';
import { typingSpeedQuery } from '@/lib/queries/settings';
import { typingSpeedSetting } from '@/lib/reports/typing-speed';
import { DEFAULT_WORDS_PER_MINUTE, WordsPerMinuteSchema } from '@/lib/reports/typing-speed-schema';
import { useT } from '@/lib/i18n/i18n-context';

/** The team's typing speed, saved when it is a whole number from 5 to 200. */
export function TypingSpeedField() {
  const t = useT();
  const queryClient = useQueryClient();
  const saved = useQuery(typingSpeedQuery());
  const [draft, setDraft] = useState('');
  useEffect(() => setDraft(String(saved.data ?? DEFAULT_WORDS_PER_MINUTE)), [saved.data]);
  const save = useMutation({
    mutationFn: (wpm: number) => typingSpeedSetting.set(wpm),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.typingSpeed }),
  });
  const parsed = WordsPerMinuteSchema.safeParse(Number(draft));
  return (
    <label className="field report-speed">
      {t('reports.typingSpeed')}
      <input
        type="number"
        min={5}
        max={200}
        step={1}
        value={draft}
        aria-invalid={!parsed.success}
        data-testid="typing-speed"
        onChange={(event) => {
          setDraft(event.target.value);
          const next = WordsPerMinuteSchema.safeParse(Number(event.target.value));
          if (next.success) save.mutate(next.data);
        }}
      />
    </label>
  );
}
