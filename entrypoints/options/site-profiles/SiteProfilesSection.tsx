import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys, siteProfilesQuery } from '@/lib/queries';
import { SiteProfileSchema } from '@/lib/schemas/site-profile';
import type { SiteProfile } from '@/lib/sites/profile/types';
import { deleteLocalSiteProfile, saveLocalSiteProfile } from '@/lib/profiles/repository';
import { errorText } from '@/components/template-library/error-text';
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
  const profiles = useQuery(siteProfilesQuery());
  const queryClient = useQueryClient();
  const [text, setText] = useState(() => JSON.stringify(EXAMPLE, null, 2));
  const [status, setStatus] = useState<string | null>(null);
  const parsed = parseProfile(text);
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.siteProfiles });

  const save = async () => {
    if (!parsed.ok) return;
    try {
      await saveLocalSiteProfile(parsed.profile);
      setStatus(`Saved “${parsed.profile.id}”: the panel reads ${parsed.profile.site} pages with it from the next read.`);
      await refresh();
    } catch (error) {
      setStatus(errorText(error));
    }
  };

  return (
    <section className="card" data-testid="site-profiles">
      <h2>Site profiles</h2>
      <p className="muted">
        When an inbox changes its layout, a site profile tells Deskpilot where the conversation is. Packs can bring them too.
      </p>
      <ul className="plain-list">
        {(profiles.data ?? []).map((profile) => (
          <li key={profile.id} data-testid="site-profile">
            <code>{profile.id}</code> · {profile.site} · seen {profile.seen} ·{' '}
            {profile.packId ? `from pack “${profile.packId}”` : 'written here'}
            {!profile.packId && (
              <button type="button" className="link" onClick={() => void deleteLocalSiteProfile(profile.id).then(refresh)}>
                Delete
              </button>
            )}
            {profile.packId && (
              <button type="button" className="link" onClick={() => setText(JSON.stringify(withoutStorage(profile), null, 2))}>
                Copy into the editor
              </button>
            )}
          </li>
        ))}
      </ul>
      <label className="field">
        <span>Profile (JSON)</span>
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
        Save profile
      </button>
      {status && <p role="status">{status}</p>}
    </section>
  );
}

function parseProfile(text: string): { ok: true; profile: SiteProfile } | { ok: false; problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'This is not JSON yet.' };
  }
  const parsed = SiteProfileSchema.safeParse(raw);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, problem: `Field "${issue.path.join('.') || '(the profile)'}": ${issue.message}` };
}

function withoutStorage(profile: SiteProfile & { packId?: string; updatedAt?: string }): SiteProfile {
  const { packId: _packId, updatedAt: _updatedAt, ...rest } = profile;
  return { ...rest, id: `${rest.id}-local` };
}
