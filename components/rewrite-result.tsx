import { useAiAssist } from '@/components/ai-assist-context';
import { ChangeHighlight, describeDiff } from '@/components/change-highlight';
import { useUsageLine } from '@/components/usage-line';
import { useT } from '@/lib/i18n/i18n-context';
import type { RewriteAction } from '@/lib/suggest/ai/rewrite';
import { describeVoiceFindings, lintVoice, mergeVoices } from '@/lib/suggest/ai/team-voice';
import type { TokenUsage } from '@/lib/suggest/ai/usage';
import type { FactDiff } from '@/lib/suggest/fact-diff';

export interface Rewritten {
  action: RewriteAction;
  text: string;
  diff: FactDiff;
  usage: TokenUsage | null;
}

/**
 * A rewrite beside what it changed: facts that changed or appeared are marked, the team voice's
 * findings and the tokens it cost are shown, and it replaces the reply only on "Use this".
 */
export function RewriteResult({ result, onUse, onDiscard }: { result: Rewritten; onUse: () => void; onDiscard: () => void }) {
  const assist = useAiAssist();
  const t = useT();
  const usageLine = useUsageLine();
  if (!assist) return null;
  const findings = lintVoice(result.text, mergeVoices(assist.voice, assist.shop));
  const changes = describeDiff(t, result.diff);
  const usage = usageLine(result.usage, assist.settings);
  return (
    <div className="rewrite-result" data-testid="rewrite-result" data-action={result.action}>
      <ChangeHighlight text={result.text} diff={result.diff} />
      <p className={changes ? 'warning' : 'ok'} data-testid="rewrite-facts">
        {changes ?? t('rewrite.kept')}
      </p>
      {findings.length > 0 && (
        <p className="warning" data-testid="voice-findings">
          {t('rewrite.voiceFindings', { findings: describeVoiceFindings(findings) })}
        </p>
      )}
      {usage && (
        <p className="muted" data-testid="rewrite-usage">
          {usage}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={onUse}>
          {t('rewrite.use')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('rewrite.discard')}
        </button>
      </div>
    </div>
  );
}
