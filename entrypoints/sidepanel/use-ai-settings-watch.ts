import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queries/keys';
import { aiSettingsSetting } from '@/lib/suggest/ai/settings-store';

/** Settings saved on the options page reach an open panel without a reload. */
export function useAiSettingsWatch(): void {
  const queryClient = useQueryClient();
  useEffect(() => aiSettingsSetting.watch((settings) => queryClient.setQueryData(queryKeys.aiSettings, settings)), [queryClient]);
}
