import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from '@/lib/i18n/i18n-context';
import { ReportsApp } from './ReportsApp';
import '@/components/styles.css';
import '@/components/reports/reports.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={new QueryClient()}>
        <I18nProvider>
          <ReportsApp />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
