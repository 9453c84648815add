/** A rendered reply with every unfilled variable shown as a marked gap, never as a blank. */
export function RenderedText({ segments }: { segments: Array<{ text: string; gap?: string }> }) {
  return (
    <div className="rendered" data-testid="rendered">
      {segments.map((segment, index) =>
        segment.gap ? (
          <mark key={index} className="gap" title={`No value for ${segment.gap}`} data-gap={segment.gap}>
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </div>
  );
}
