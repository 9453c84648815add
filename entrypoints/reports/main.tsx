import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ReportsApp } from './ReportsApp';
import '@/components/styles.css';
import '@/components/reports/reports.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={new QueryClient()}>
        <ReportsApp />
      </QueryClientProvider>
    </StrictMode>,
  );
}
