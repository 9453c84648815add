import { DEGRADED_NOTICE, type RankStage } from '@/lib/suggest/rank-stages';

/** Says which ranking stage failed: the replies below are still offered, only less well sorted. */
export function RankingNotice({ degraded }: { degraded: readonly RankStage[] }) {
  if (degraded.length === 0) return null;
  return (
    <p className="warning" role="status" data-testid="ranking-notice">
      Suggestions are shown less well sorted: {degraded.map((stage) => DEGRADED_NOTICE[stage]).join('; ')}.
    </p>
  );
}
