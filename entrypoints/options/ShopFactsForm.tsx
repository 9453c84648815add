import { useState, type FormEvent, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queries/keys';
import { AgentSchema, ShopFactsSchema, type Agent, type ShopFacts } from '@/lib/schemas/settings';
import { agentSetting, shopFactsSetting } from '@/lib/settings';
import { useT } from '@/lib/i18n/i18n-context';
import { RichMessage } from '@/lib/i18n/rich-message';
import type { MessageKey } from '@/lib/i18n/translator';
import { issueText } from '@/lib/i18n/issue-text';

const FIELDS: Array<{ key: keyof ShopFacts; label: MessageKey; multiline?: boolean }> = [
  { key: 'name', label: 'shop.name' },
  { key: 'returnWindowDays', label: 'shop.returnWindowDays' },
  { key: 'supportHours', label: 'shop.supportHours' },
  { key: 'signature', label: 'shop.signature', multiline: true },
  { key: 'brandVoice', label: 'shop.brandVoice', multiline: true },
];

/** The facts templates may state besides the order's: shop name, return window, hours, signature. */
export function ShopFactsForm({ shop, agent }: { shop: ShopFacts; agent: Agent }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Record<string, string>>(() => ({
    ...Object.fromEntries(Object.entries(shop).map(([k, v]) => [k, String(v)])),
    agentName: agent.name,
  }));
  const [status, setStatus] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsedShop = ShopFactsSchema.safeParse({ ...draft, returnWindowDays: Number(draft.returnWindowDays) });
    const parsedAgent = AgentSchema.safeParse({ name: draft.agentName ?? '' });
    if (!parsedShop.success || !parsedAgent.success) {
      const issue = (parsedShop.error ?? parsedAgent.error)?.issues[0];
      setStatus(
        t('shop.notSaved', { field: issue?.path.join('.') ?? t('shop.aField'), problem: issue ? issueText(issue, t) : t('shop.invalid') }),
      );
      return;
    }
    await shopFactsSetting.set(parsedShop.data);
    await agentSetting.set(parsedAgent.data);
    await queryClient.invalidateQueries({ queryKey: queryKeys.settings });
    setStatus(t('common.saved'));
  };

  const field = (key: string, label: ReactNode, multiline = false) => (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is rendered inside the label, one of two kinds below
    <label key={key} className="field">
      <span>{label}</span>
      {multiline ? (
        <textarea value={draft[key] ?? ''} rows={3} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
      ) : (
        <input value={draft[key] ?? ''} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
      )}
    </label>
  );

  return (
    <form className="card form" onSubmit={(e) => void save(e)}>
      <h2>{t('shop.title')}</h2>
      {field('agentName', <RichMessage id="shop.agentName" values={{ variable: <code>agent.name</code> }} />)}
      {FIELDS.map((f) => field(f.key, t(f.label), f.multiline))}
      <div className="actions">
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
        {status && <span role="status">{status}</span>}
      </div>
    </form>
  );
}
