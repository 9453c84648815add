import { useQuery } from '@tanstack/react-query';
import { aiSettingsQuery } from '@/lib/queries/settings';
import { AiSettingsForm } from './AiSettingsForm';
import { PayloadPreview } from './PayloadPreview';
import { TeamVoiceForm } from './TeamVoiceForm';
import { useT } from '@/lib/i18n/i18n-context';

/** Settings › AI drafts: optional; without them Deskpilot works fully on templates. */
export function AiSettingsSection() {
  const t = useT();
  const settings = useQuery(aiSettingsQuery());
  if (!settings.data)
    return (
      <section className="card" aria-busy="true">
        <h2>{t('ai.settings.loadingTitle')}</h2>
        <p className="muted">{t('common.loading')}</p>
      </section>
    );
  return (
    <>
      <AiSettingsForm saved={settings.data} />
      <TeamVoiceForm />
      <PayloadPreview />
    </>
  );
}
