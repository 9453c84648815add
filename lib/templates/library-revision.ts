/**
 * A token that changes with every write to the templates, in the same transaction as the write
 * (a Dexie DBCore middleware: no caller can forget it, a pack import included). The panel keeps
 * what ranking needs beside the saved search index (lib/suggest/index-store.ts) with the token it
 * was built from: while the token is the same, no template changed and the panel ranks from that
 * without reading the 5,000 templates (2026-12-04: 607 ms of a 931 ms panel open).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { TEMPLATE_SHELVES_TABLE } from '@/lib/templates/template-shelves';

/** Where the templates are (database version 9 on: lib/templates/template-shelves.ts). */
export const TEMPLATES_TABLE = TEMPLATE_SHELVES_TABLE;
export const LIBRARY_REVISION_TABLE = 'libraryRevision';
export const LIBRARY_REVISION_KEY = 'templates';

/** The stored record: `token` is new after each write to the templates. */
export interface StoredLibraryRevision {
  key: string;
  token: string;
}

function newToken(): string {
  return crypto.randomUUID();
}

/** The token an upgraded library starts with. */
export function firstLibraryRevision(): StoredLibraryRevision {
  return { key: LIBRARY_REVISION_KEY, token: newToken() };
}

function withRevision(down: DBCore, table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    async mutate(req: DBCoreMutateRequest) {
      const result = await table.mutate(req);
      const revision: StoredLibraryRevision = { key: LIBRARY_REVISION_KEY, token: newToken() };
      await down.table(LIBRARY_REVISION_TABLE).mutate({ type: 'put', trans: req.trans, values: [revision] });
      return result;
    },
  };
}

/**
 * Every read-write transaction over the templates also covers the revision table, and every
 * write to the templates puts a new token there. A database opened before the table exists (an
 * upgrade test seeding an old version) has nothing to bump: it passes through.
 */
export const libraryRevisionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'library-revision',
  create(down) {
    const tracked = () => down.schema.tables.some((table) => table.name === LIBRARY_REVISION_TABLE);
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope = mode === 'readwrite' && tracked() && stores.includes(TEMPLATES_TABLE) && !stores.includes(LIBRARY_REVISION_TABLE);
        return down.transaction(scope ? [...stores, LIBRARY_REVISION_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === TEMPLATES_TABLE && tracked() ? withRevision(down, table) : table;
      },
    };
  },
};
