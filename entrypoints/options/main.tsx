import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from '@/lib/i18n/i18n-context';
import { OptionsApp } from './OptionsApp';
import '@/components/styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={new QueryClient()}>
        <I18nProvider>
          <OptionsApp />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
