import { useEffect, useState } from 'react';
import { CONNECTORS } from '@/lib/connectors';
import { storeConnectionsSetting } from '@/lib/connectors/secret-store';
import type { StoreConnection } from '@/lib/schemas/store';
import { releaseOrigins, storeOrigins } from './host-permissions';
import { StoreForm, type SavedStore } from './StoreForm';
import { demoOn, realStores, storeDomain, storeId, storeLabel, withDemo, withoutStore } from './store-list';
import { useStoreConnections } from './use-store-connections';
import { useI18n } from '@/lib/i18n/i18n-context';

type Editing = { mode: 'add' } | { mode: 'edit'; store: SavedStore } | null;

/**
 * Settings › Stores: the stores the panel looks orders up in (label, platform, domain — never a
 * key), adding and editing one, removing one (its site access given back), and the demo store,
 * which can be switched off once a real store is connected.
 */
export function StoresSection() {
  const { t, list } = useI18n();
  const stores = useStoreConnections();
  const [editing, setEditing] = useState<Editing>(null);
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  // The switch follows the click at once; the saved list confirms it when the store's watcher reports.
  const [demoWanted, setDemoWanted] = useState<boolean | null>(null);
  useEffect(() => setDemoWanted(null), [stores]);

  const remove = async (store: StoreConnection) => {
    setConfirmRemove(null);
    await storeConnectionsSetting.set(withoutStore(await storeConnectionsSetting.get(), storeId(store)));
    const released = await releaseOrigins(storeOrigins(store));
    setStatus(
      t('stores.removed', { store: storeLabel(store) }) + (released.length ? t('stores.released', { origins: list(released) }) : ''),
    );
  };

  const switchDemo = async (on: boolean) => {
    setDemoWanted(on);
    await storeConnectionsSetting.set(withDemo(await storeConnectionsSetting.get(), on));
    setStatus(on ? t('stores.demoOn') : t('stores.demoOff'));
  };

  if (!stores)
    return (
      <section className="card" aria-busy="true">
        <h2>{t('stores.title')}</h2>
        <p className="muted">{t('common.loading')}</p>
      </section>
    );
  const real = realStores(stores) as SavedStore[];
  return (
    <section className="card form" data-testid="stores" aria-labelledby="stores-title">
      <h2 id="stores-title">{t('stores.title')}</h2>
      <p className="muted">{t('stores.intro')}</p>
      <ul className="store-list">
        {real.map((store) => (
          <li key={storeId(store)} data-testid="store-row" data-store={storeId(store)}>
            <strong>{storeLabel(store)}</strong> <span className="chip">{CONNECTORS[store.platform].label}</span>{' '}
            <span className="muted">{storeDomain(store, t)}</span>{' '}
            {confirmRemove === storeId(store) ? (
              // biome-ignore lint/a11y/useSemanticElements: an inline question and its two buttons inside a sentence, not a form section
              <span role="group" aria-label={t('stores.removeLabel', { store: storeLabel(store) })}>
                {t('stores.removeIt')}{' '}
                <button type="button" onClick={() => void remove(store)}>
                  {t('common.remove')}
                </button>{' '}
                <button type="button" onClick={() => setConfirmRemove(null)}>
                  {t('stores.keep')}
                </button>
              </span>
            ) : (
              <>
                <button type="button" className="link" onClick={() => setEditing({ mode: 'edit', store })}>
                  {t('common.edit')}
                </button>{' '}
                <button type="button" className="link" onClick={() => setConfirmRemove(storeId(store))}>
                  {t('common.remove')}
                </button>
              </>
            )}
          </li>
        ))}
        <li data-testid="demo-row" data-on={demoOn(stores)}>
          <label>
            <input
              type="checkbox"
              checked={demoWanted ?? demoOn(stores)}
              disabled={demoOn(stores) && real.length === 0}
              onChange={(event) => void switchDemo(event.target.checked)}
            />{' '}
            {t('stores.demo')}
          </label>
          {real.length === 0 && <span className="muted">{t('stores.demoStays')}</span>}
        </li>
      </ul>
      {status && (
        <p role="status" data-testid="stores-status">
          {status}
        </p>
      )}
      {editing ? (
        <StoreForm
          key={editing.mode === 'edit' ? storeId(editing.store) : 'new'}
          saved={editing.mode === 'edit' ? editing.store : undefined}
          onClose={(message) => {
            setEditing(null);
            if (message) setStatus(message);
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setEditing({ mode: 'add' })}>
            {t('stores.add')}
          </button>
        </div>
      )}
    </section>
  );
}
