import { useEffect, useState } from 'react';
import { storeConnectionsSetting } from '@/lib/connectors/secret-store';
import type { StoreConnections } from '@/lib/schemas/store';

/** The saved stores, live (another options tab may change them); null until read. */
export function useStoreConnections(): StoreConnections | null {
  const [stores, setStores] = useState<StoreConnections | null>(null);
  useEffect(() => storeConnectionsSetting.watch(setStores), []);
  return stores;
}
