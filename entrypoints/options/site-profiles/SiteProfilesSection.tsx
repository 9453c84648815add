import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queries/keys';
import { siteProfilesQuery } from '@/lib/queries/library';
import { SiteProfileSchema } from '@/lib/schemas/site-profile';
import type { SiteProfile } from '@/lib/sites/profile/types';
import { deleteLocalSiteProfile, saveLocalSiteProfile } from '@/lib/profiles/repository';
import { errorText } from '@/components/template-library/error-text';
import { siteName } from '@/components/site-labels';
import { useI18n } from '@/lib/i18n/i18n-context';
import { issueText } from '@/lib/i18n/issue-text';
import type { Translator } from '@/lib/i18n/translator';
import { ProfileTest } from './ProfileTest';

const EXAMPLE = {
  id: 'team.zendesk-layout',
  site: 'zendesk',
  seen: '2026-12-04',
  selectors: {
    thread: '[data-testid="conversation-timeline"]',
    message: '[data-testid="timeline-entry"]',
    body: '[data-testid="entry-body"]',
    author: '[data-testid="entry-author"]',
  },
  roles: { agent: '[data-sender-role="agent"]' },
};

/**
 * Site profiles: how to read an inbox layout the adapters do not know, as selectors. Those packs
 * brought are listed (their pack changes them); a team lead writes one here, checks what each
 * selector finds on an open tab, and saves it.
 */
export function SiteProfilesSection() {
  const { t, date } = useI18n();
  const profiles = useQuery(siteProfilesQuery());
  const queryClient = useQueryClient();
  const [text, setText] = useState(() => JSON.stringify(EXAMPLE, null, 2));
  const [status, setStatus] = useState<string | null>(null);
  const parsed = parseProfile(text, t);
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.siteProfiles });

  const save = async () => {
    if (!parsed.ok) return;
    try {
      await saveLocalSiteProfile(parsed.profile);
      setStatus(t('profiles.saved', { id: parsed.profile.id, site: siteName(parsed.profile.site, t) }));
      await refresh();
    } catch (error) {
      setStatus(errorText(error, t));
    }
  };

  return (
    <section className="card" data-testid="site-profiles">
      <h2>{t('profiles.title')}</h2>
      <p className="muted">{t('profiles.intro')}</p>
      <ul className="plain-list">
        {(profiles.data ?? []).map((profile) => (
          <li key={profile.id} data-testid="site-profile">
            <code>{profile.id}</code> · {siteName(profile.site, t)} · {t('profiles.seen', { date: date(profile.seen) })} ·{' '}
            {profile.packId ? t('profiles.fromPack', { pack: profile.packId }) : t('profiles.writtenHere')}
            {!profile.packId && (
              <button type="button" className="link" onClick={() => void deleteLocalSiteProfile(profile.id).then(refresh)}>
                {t('profiles.delete')}
              </button>
            )}
            {profile.packId && (
              <button type="button" className="link" onClick={() => setText(JSON.stringify(withoutStorage(profile), null, 2))}>
                {t('profiles.copy')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <label className="field">
        <span>{t('profiles.json')}</span>
        <textarea
          rows={12}
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
          data-testid="profile-editor"
        />
      </label>
      {!parsed.ok && (
        <p className="error" data-testid="profile-problem">
          {parsed.problem}
        </p>
      )}
      <ProfileTest profile={parsed.ok ? parsed.profile : null} />
      <button type="button" disabled={!parsed.ok} onClick={() => void save()}>
        {t('profiles.save')}
      </button>
      {status && <p role="status">{status}</p>}
    </section>
  );
}

function parseProfile(text: string, t: Translator['t']): { ok: true; profile: SiteProfile } | { ok: false; problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: t('profiles.notJson') };
  }
  const parsed = SiteProfileSchema.safeParse(raw);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const issue = parsed.error.issues[0]!;
  const path = issue.path.join('.');
  return {
    ok: false,
    problem: path
      ? t('profiles.fieldProblem', { path, problem: issueText(issue, t) })
      : t('profiles.problem', { problem: issueText(issue, t) }),
  };
}

function withoutStorage(profile: SiteProfile & { packId?: string; updatedAt?: string }): SiteProfile {
  const { packId: _packId, updatedAt: _updatedAt, ...rest } = profile;
  return { ...rest, id: `${rest.id}-local` };
}
