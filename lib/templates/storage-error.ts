/**
 * Turns IndexedDB/Dexie failures the agent can act on into one typed error with a plain message.
 * Other errors (bugs, invalid input) pass through unchanged.
 */

export type StorageErrorKind = 'full' | 'unavailable';

const MESSAGES: Record<StorageErrorKind, string> = {
  full: "The browser's storage for Deskpilot is full, so the templates could not be saved. Free some disk space or remove packs you no longer use, then try again.",
  unavailable:
    'Deskpilot could not open its template database: the browser blocked or closed it (private windows and a newer Deskpilot version open elsewhere can do this). Reload the extension or close other Deskpilot windows, then try again.',
};

const KIND_BY_ERROR_NAME: Record<string, StorageErrorKind> = {
  QuotaExceededError: 'full',
  OpenFailedError: 'unavailable',
  DatabaseClosedError: 'unavailable',
  MissingAPIError: 'unavailable',
  VersionError: 'unavailable',
  InvalidStateError: 'unavailable',
};

export class TemplateStorageError extends Error {
  override readonly name = 'TemplateStorageError';

  constructor(
    readonly kind: StorageErrorKind,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[kind], options);
  }
}

/** Dexie wraps the browser's error (an AbortError around a QuotaExceededError): look inside. */
function storageErrorKind(error: unknown): StorageErrorKind | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const name = (current as { name?: unknown }).name;
    const kind = typeof name === 'string' ? KIND_BY_ERROR_NAME[name] : undefined;
    if (kind) return kind;
    current = (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function toStorageError(error: unknown): unknown {
  if (error instanceof TemplateStorageError) return error;
  const kind = storageErrorKind(error);
  return kind ? new TemplateStorageError(kind, { cause: error }) : error;
}

/** Runs a database operation, translating storage failures into TemplateStorageError. */
export async function withStorage<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
