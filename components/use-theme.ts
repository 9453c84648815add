/**
 * Applies the chosen colour theme to the page: `data-theme` on <html> ("system", "light" or "dark"),
 * which components/styles.css turns into a color-scheme. A change saved on the settings page reaches
 * an open panel through the storage watch.
 */
import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queries/keys';
import { themeQuery } from '@/lib/queries/settings';
import { themeSetting } from '@/lib/settings';

export function useTheme(): void {
  const queryClient = useQueryClient();
  const theme = useQuery(themeQuery());
  useEffect(() => themeSetting.watch(() => void queryClient.invalidateQueries({ queryKey: queryKeys.theme })), [queryClient]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme.data ?? 'system';
  }, [theme.data]);
}
