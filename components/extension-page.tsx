/**
 * Mounts an extension page (side panel, options, reports) in its `#root`: React's strict mode,
 * the page's TanStack Query client and the agent's interface language around the page's app.
 */
import { StrictMode, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from '@/lib/i18n/i18n-context';

/** The mounted root, or null on a page without `#root` (nothing is rendered). */
export function mountExtensionPage(app: ReactElement, client: QueryClient = new QueryClient()): Root | null {
  const element = document.getElementById('root');
  if (!element) return null;
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <I18nProvider>{app}</I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
  return root;
}
