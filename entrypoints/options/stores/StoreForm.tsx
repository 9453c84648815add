import { useRef, useState, type FormEvent } from 'react';
import { CONNECTORS } from '@/lib/connectors';
import { storeConnectionsSetting } from '@/lib/connectors/secret-store';
import type { ConnectionVerdict } from '@/lib/connectors/types';
import type { StoreConnection } from '@/lib/schemas/store';
import { ConnectionVerdictView } from './ConnectionVerdictView';
import { releaseOrigins, requestOrigins, storeOrigins } from './host-permissions';
import { connectionFromForm, formValuesOf, type FormValues } from './platform-fields';
import { PlatformGuideView } from './PlatformGuideView';
import { StoreFields } from './StoreFields';
import { CONNECTABLE_PLATFORMS, storeLabel, withStore, type ConnectablePlatform } from './store-list';
import { testConnection } from './test-connection';

type Outcome =
  | { kind: 'invalid'; field: string | null; message: string }
  | { kind: 'refused'; origins: string[] }
  | { kind: 'failed'; message: string }
  | { kind: 'verdict'; verdict: ConnectionVerdict };

export type SavedStore = StoreConnection & { platform: ConnectablePlatform };

interface Props {
  /** The store being edited; absent when adding one. */
  saved?: SavedStore;
  /** Closes the form, with what to tell the agent. */
  onClose: (message?: string) => void;
}

/** Adds or edits one store: the platform's fields and guide, Test connection, Connect. */
export function StoreForm({ saved, onClose }: Props) {
  const [platform, setPlatform] = useState<ConnectablePlatform>(saved?.platform ?? 'shopify');
  const [values, setValues] = useState<FormValues>(() => (saved ? formValuesOf(saved) : {}));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<'testing' | 'connecting' | null>(null);
  // Origins granted for this form, given back if the agent cancels.
  const granted = useRef<string[]>([]);

  /** The connection the form describes, or null with the problem shown. Synchronous: it runs before the permission prompt. */
  const read = (): StoreConnection | null => {
    const result = connectionFromForm(platform, values, saved);
    if (result.ok) return result.connection;
    setOutcome({ kind: 'invalid', field: result.field, message: result.message });
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
      const stores = withStore(before, connection);
      await storeConnectionsSetting.set(stores);
      // An edited store may have moved: its old address is given back unless still in use.
      if (saved) await releaseOrigins(storeOrigins(saved));
      const written = stores.find((store) => !before.includes(store)) ?? connection;
      onClose(`${saved ? 'Saved' : 'Connected'} ${storeLabel(written)}. Its keys stay in this browser and are not shown again.`);
    } catch (error) {
      setBusy(null);
      setOutcome({ kind: 'failed', message: `Not saved: ${error instanceof Error ? error.message : String(error)}` });
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
      aria-label={saved ? `Edit ${storeLabel(saved)}` : 'Add a store'}
      onSubmit={(e) => void connect(e)}
    >
      <h3>{saved ? `Edit ${storeLabel(saved)}` : 'Add a store'}</h3>
      <div className="field">
        <label htmlFor="store-platform">Platform</label>
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
      {outcome?.kind === 'invalid' && (
        <p className="error" role="alert">
          {outcome.message}
        </p>
      )}
      {outcome?.kind === 'refused' && (
        <p className="error" role="alert">
          The browser did not allow Deskpilot to reach {outcome.origins.join(', ')}, so it cannot read this store’s orders. Nothing was
          saved.
        </p>
      )}
      {outcome?.kind === 'failed' && (
        <p className="error" role="alert">
          {outcome.message}
        </p>
      )}
      {outcome?.kind === 'verdict' && <ConnectionVerdictView verdict={outcome.verdict} />}
      {busy === 'testing' && (
        <p className="muted" role="status">
          Testing the connection…
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={busy !== null} onClick={() => void test()}>
          Test connection
        </button>
        <button type="submit" className="primary" disabled={busy !== null}>
          {saved ? 'Save' : 'Connect'}
        </button>
        <button type="button" onClick={() => void cancel()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
