import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queries/keys';
import { teamVoiceSettingQuery } from '@/lib/queries/settings';
import { teamVoiceSetting } from '@/lib/settings';
import { TeamVoiceSchema, type TeamVoice } from '@/lib/schemas/voice';
import { useT } from '@/lib/i18n/i18n-context';
import { issueText } from '@/lib/i18n/issue-text';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Settings › AI › the team's voice: instructions and brand voice every draft and rewrite follows. */
export function TeamVoiceForm() {
  const saved = useQuery(teamVoiceSettingQuery());
  if (!saved.data) return null;
  return <VoiceForm saved={saved.data} />;
}

function VoiceForm({ saved }: { saved: TeamVoice }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [instructions, setInstructions] = useState(saved.instructions);
  const [tone, setTone] = useState(saved.tone);
  const [use, setUse] = useState(saved.wordsToUse.join('\n'));
  const [avoid, setAvoid] = useState(saved.wordsToAvoid.join('\n'));
  const [never, setNever] = useState(saved.neverPromise.join('\n'));
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = TeamVoiceSchema.safeParse({
      instructions,
      tone,
      wordsToUse: lines(use),
      wordsToAvoid: lines(avoid),
      neverPromise: lines(never),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setStatus({
        ok: false,
        message: t('voice.invalid', { field: issue?.path.join('.') ?? '', problem: issue ? issueText(issue, t) : '' }),
      });
      return;
    }
    await teamVoiceSetting.set(parsed.data);
    await queryClient.invalidateQueries({ queryKey: queryKeys.teamVoices });
    await queryClient.invalidateQueries({ queryKey: queryKeys.teamVoiceSetting });
    setStatus({ ok: true, message: t('voice.saved') });
  };

  return (
    <form className="card form" data-testid="team-voice" aria-labelledby="voice-title" onSubmit={(e) => void save(e)}>
      <h2 id="voice-title">{t('voice.title')}</h2>
      <p className="muted">{t('voice.intro')}</p>
      <div className="field">
        <label htmlFor="voice-tone">{t('voice.tone')}</label>
        <input id="voice-tone" value={tone} placeholder={t('voice.tonePlaceholder')} onChange={(e) => setTone(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="voice-instructions">{t('voice.instructions')}</label>
        <textarea id="voice-instructions" rows={3} value={instructions} onChange={(e) => setInstructions(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="voice-use">{t('voice.use')}</label>
        <textarea id="voice-use" rows={2} value={use} onChange={(e) => setUse(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="voice-avoid">{t('voice.avoid')}</label>
        <textarea id="voice-avoid" rows={2} value={avoid} onChange={(e) => setAvoid(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="voice-never">{t('voice.never')}</label>
        <textarea id="voice-never" rows={2} value={never} onChange={(e) => setNever(e.target.value)} />
      </div>
      {status && (
        <p className={status.ok ? 'ok' : 'error'} role={status.ok ? 'status' : 'alert'} data-testid="team-voice-status">
          {status.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('voice.save')}
        </button>
      </div>
    </form>
  );
}
