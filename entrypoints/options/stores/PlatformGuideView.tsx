import { useT } from '@/lib/i18n/i18n-context';
import { GuideText } from './GuideText';
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
  const t = useT();
  const guide = PLATFORM_GUIDES[platform];
  return (
    <div data-testid="platform-guide" data-platform={platform}>
      <details open={open}>
        <summary>{t('stores.guide.title', { platform: platformLabel })}</summary>
        <ol>
          {guide.steps.map((step) => (
            <li key={step}>
              <GuideText text={t(step)} />
            </li>
          ))}
        </ol>
      </details>
      {guide.notes.map((note) => (
        <p key={note} className="warning">
          <GuideText text={t(note)} />
        </p>
      ))}
    </div>
  );
}
