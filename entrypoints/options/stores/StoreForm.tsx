import { useRef, useState, type FormEvent } from 'react';
import { CONNECTORS } from '@/lib/connectors';
import { storeConnectionsSetting } from '@/lib/connectors/secret-store';
import type { StoreConnection } from '@/lib/schemas/store';
import { releaseOrigins, requestOrigins, storeOrigins } from './host-permissions';
import { connectionFromForm, formValuesOf, type FormValues } from './store-form-values';
import { type StoreFormOutcome, StoreFormOutcomeView } from './StoreFormOutcome';
import { PlatformGuideView } from './PlatformGuideView';
import { StoreFields } from './StoreFields';
import { CONNECTABLE_PLATFORMS, storeLabel, withStore, type ConnectablePlatform } from './store-list';
import { testConnection } from './test-connection';
import { useT } from '@/lib/i18n/i18n-context';
import { quotedError } from '@/lib/i18n/quote';

export type SavedStore = StoreConnection & { platform: ConnectablePlatform };

interface Props {
  /** The store being edited; absent when adding one. */
  saved?: SavedStore;
  /** Closes the form, with what to tell the agent. */
  onClose: (message?: string) => void;
}

/** Adds or edits one store: the platform's fields and guide, Test connection, Connect. */
export function StoreForm({ saved, onClose }: Props) {
  const t = useT();
  const [platform, setPlatform] = useState<ConnectablePlatform>(saved?.platform ?? 'shopify');
  const [values, setValues] = useState<FormValues>(() => (saved ? formValuesOf(saved) : {}));
  const [outcome, setOutcome] = useState<StoreFormOutcome | null>(null);
  const [busy, setBusy] = useState<'testing' | 'connecting' | null>(null);
  // Origins granted for this form, given back if the agent cancels.
  const granted = useRef<string[]>([]);

  /** The connection the form describes, or null with the problem shown. Synchronous: it runs before the permission prompt. */
  const read = (): StoreConnection | null => {
    const result = connectionFromForm(platform, values, saved);
    if (result.ok) return result.connection;
    setOutcome({ kind: 'invalid', field: result.field, problem: result });
    return null;
  };

  /** Asks for the store's origins. The first await of every click handler: the prompt needs the click. */
  const allow = async (connection: StoreConnection): Promise<boolean> => {
    const origins = storeOrigins(connection);
    const ok = await requestOrigins(origins);
    if (ok) granted.current.push(...origins);
    else setOutcome({ kind: 'refused', origins });
    return ok;
  };

  const test = async () => {
    const connection = read();
    if (!connection || !(await allow(connection))) return;
    setBusy('testing');
    setOutcome(null);
    const verdict = await testConnection(connection);
    setBusy(null);
    setOutcome({ kind: 'verdict', verdict });
  };

  const connect = async (event: FormEvent) => {
    event.preventDefault();
    const connection = read();
    if (!connection || !(await allow(connection))) return;
    setBusy('connecting');
    try {
      const before = await storeConnectionsSetting.get();
      const stores = withStore(before, connection, t);
      await storeConnectionsSetting.set(stores);
      // An edited store may have moved: its old address is given back unless still in use.
      if (saved) await releaseOrigins(storeOrigins(saved));
      const written = stores.find((store) => !before.includes(store)) ?? connection;
      onClose(t(saved ? 'stores.form.saved' : 'stores.form.connected', { store: storeLabel(written) }));
    } catch (error) {
      setBusy(null);
      setOutcome({ kind: 'failed', detail: quotedError(error, t) });
    }
  };

  const cancel = async () => {
    await releaseOrigins(granted.current);
    onClose();
  };

  const platformLabel = CONNECTORS[platform].label;
  return (
    <form
      className="card form"
      data-testid="store-form"
      aria-label={saved ? t('stores.form.edit', { store: storeLabel(saved) }) : t('stores.add')}
      onSubmit={(e) => void connect(e)}
    >
      <h3>{saved ? t('stores.form.edit', { store: storeLabel(saved) }) : t('stores.add')}</h3>
      <div className="field">
        <label htmlFor="store-platform">{t('stores.form.platform')}</label>
        <select
          id="store-platform"
          value={platform}
          disabled={Boolean(saved)}
          onChange={(event) => {
            setPlatform(event.target.value as ConnectablePlatform);
            setValues({});
            setOutcome(null);
          }}
        >
          {CONNECTABLE_PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {CONNECTORS[p].label}
            </option>
          ))}
        </select>
      </div>
      <PlatformGuideView platform={platform} platformLabel={platformLabel} open={!saved} />
      <StoreFields
        platform={platform}
        values={values}
        onChange={setValues}
        saved={saved}
        invalidField={outcome?.kind === 'invalid' ? outcome.field : null}
      />
      {outcome && <StoreFormOutcomeView outcome={outcome} />}
      {busy === 'testing' && (
        <p className="muted" role="status">
          {t('stores.form.testing')}
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={busy !== null} onClick={() => void test()}>
          {t('stores.form.test')}
        </button>
        <button type="submit" className="primary" disabled={busy !== null}>
          {saved ? t('common.save') : t('stores.form.connect')}
        </button>
        <button type="button" onClick={() => void cancel()}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
