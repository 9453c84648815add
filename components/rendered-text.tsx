import { useT } from '@/lib/i18n/i18n-context';

/** A rendered reply with every unfilled variable shown as a marked gap, never as a blank. */
export function RenderedText({ segments }: { segments: Array<{ text: string; gap?: string }> }) {
  const t = useT();
  return (
    <div className="rendered" data-testid="rendered">
      {segments.map((segment, index) =>
        segment.gap ? (
          <mark key={index} className="gap" title={t('rendered.noValue', { name: segment.gap })} data-gap={segment.gap}>
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </div>
  );
}
