import { PLATFORM_GUIDES } from './platform-guides';
import type { ConnectablePlatform } from './store-list';

/** The setup steps (folded once the store is connected) and the notes that matter before connecting. */
export function PlatformGuideView({
  platform,
  platformLabel,
  open,
}: {
  platform: ConnectablePlatform;
  platformLabel: string;
  open: boolean;
}) {
  const guide = PLATFORM_GUIDES[platform];
  return (
    <div data-testid="platform-guide" data-platform={platform}>
      <details open={open}>
        <summary>How to connect {platformLabel}</summary>
        <ol>
          {guide.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </details>
      {guide.notes.map((note) => (
        <p key={note} className="warning">
          {note}
        </p>
      ))}
    </div>
  );
}
