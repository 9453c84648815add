import type { RankStage } from '@/lib/suggest/rank-stages';
import { useT } from '@/lib/i18n/i18n-context';

/** Says which ranking stage failed: the replies below are still offered, only less well sorted. */
export function RankingNotice({ degraded }: { degraded: readonly RankStage[] }) {
  const t = useT();
  if (degraded.length === 0) return null;
  return (
    <p className="warning" role="status" data-testid="ranking-notice">
      {t('ranking.notice', { reasons: degraded.map((stage) => t(`ranking.${stage}`)).join('; ') })}
    </p>
  );
}
