import { useQuery } from '@tanstack/react-query';
import { settingsQuery } from '@/lib/queries/settings';
import { ShopFactsForm } from './ShopFactsForm';
import { StoresSection } from './stores/StoresSection';
import { AiSettingsSection } from './ai/AiSettingsSection';
import { TemplateLibrary } from '@/components/template-library/TemplateLibrary';
import { PacksSection } from './packs/PacksSection';
import { SiteProfilesSection } from './site-profiles/SiteProfilesSection';
import { TriageRulesSection } from './triage/TriageRulesSection';
import { ThemeSetting } from '@/components/theme-setting';
import { useTheme } from '@/components/use-theme';
import { useT } from '@/lib/i18n/i18n-context';

/**
 * Settings, one section per concern. Each section lives in its own folder
 * (entrypoints/options/<section>/) and is added here with one line.
 */
export function OptionsApp() {
  const t = useT();
  const settings = useQuery(settingsQuery());
  useTheme();
  return (
    <main className="panel options">
      <header className="panel-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{t('options.title')}</h1>
        <a className="panel-settings" href="/reports.html">
          {t('reports.link')}
        </a>
      </header>
      <StoresSection />
      <AiSettingsSection />
      <TemplateLibrary />
      <PacksSection />
      <SiteProfilesSection />
      <TriageRulesSection />
      {settings.data ? (
        <ShopFactsForm shop={settings.data.shop} agent={settings.data.agent} />
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
      <ThemeSetting />
    </main>
  );
}
