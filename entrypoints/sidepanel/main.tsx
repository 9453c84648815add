import { QueryClient } from '@tanstack/react-query';
import { mountExtensionPage } from '@/components/extension-page';
import { rankingLibraryQuery } from '@/lib/queries/library';
import { App } from './App';
import '@/components/styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: 2,
      retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 5_000),
      refetchOnWindowFocus: false,
    },
  },
});

// The ranking library (with 5,000 templates: the saved search index read and restored, 150 ms on
// an idle machine) is read while the ticket is read from the tab, not after it: the first
// suggestions wait for both. The ticket's workspace picks up this same query.
void queryClient.prefetchQuery(rankingLibraryQuery());

mountExtensionPage(<App />, queryClient);
