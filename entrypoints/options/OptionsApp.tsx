import { useQuery } from '@tanstack/react-query';
import { settingsQuery } from '@/lib/queries';
import { ShopFactsForm } from './ShopFactsForm';
import { StoresSection } from './stores/StoresSection';
import { AiSettingsSection } from './ai/AiSettingsSection';
import { TemplateLibrary } from '@/components/template-library/TemplateLibrary';
import { PacksSection } from './packs/PacksSection';
import { SiteProfilesSection } from './site-profiles/SiteProfilesSection';
import { TriageRulesSection } from './triage/TriageRulesSection';
import { ThemeSetting } from '@/components/theme-setting';
import { useTheme } from '@/components/use-theme';

/**
 * Settings, one section per concern. Each section lives in its own folder
 * (entrypoints/options/<section>/) and is added here with one line.
 */
export function OptionsApp() {
  const settings = useQuery(settingsQuery());
  useTheme();
  return (
    <main className="panel options">
      <header className="panel-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Deskpilot settings</h1>
        <a className="panel-settings" href="/reports.html">
          Reports
        </a>
      </header>
      <StoresSection />
      <AiSettingsSection />
      <TemplateLibrary />
      <PacksSection />
      <SiteProfilesSection />
      <TriageRulesSection />
      {settings.data ? <ShopFactsForm shop={settings.data.shop} agent={settings.data.agent} /> : <p className="muted">Loading…</p>}
      <ThemeSetting />
    </main>
  );
}
