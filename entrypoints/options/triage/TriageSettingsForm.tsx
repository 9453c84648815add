import { useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queries/keys';
import { triageThresholdsQuery } from '@/lib/queries/settings';
import { triageSetting } from '@/lib/settings';
import { TriageThresholdsForm } from '@/components/triage-thresholds-form';

/** The shop's triage thresholds: saved as a patch over the packs' and the defaults. */
export function TriageSettingsForm() {
  const queryClient = useQueryClient();
  const inputs = useQuery(triageThresholdsQuery());
  if (!inputs.data) return null;
  return (
    <TriageThresholdsForm
      own={inputs.data.own}
      packs={inputs.data.packs}
      onSave={async (patch) => {
        await triageSetting.set(patch);
        await queryClient.invalidateQueries({ queryKey: queryKeys.triageSettings });
      }}
    />
  );
}
