/**
 * One conditional GET of a pack URL. The validators the server gave last time go back as
 * If-None-Match / If-Modified-Since, so an unchanged pack costs a 304 and no download. The
 * browser's own cache is bypassed (`no-store`): it would otherwise answer 304s itself and turn
 * them into 200s, hiding whether anything changed.
 */
import { MAX_FILE_BYTES } from '@/lib/packs/safe-json';
import { isAllowedPackUrl } from '@/lib/packs/subscription-url';
import { packText, PackTextError, type PackText } from '@/lib/packs/pack-text';

export const FETCH_TIMEOUT_MS = 20_000;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchedPack = { status: 'not_modified' } | ({ status: 'ok'; text: string } & Validators);

export type FetchErrorKind = 'network' | 'http' | 'too_large' | 'redirect';

export class PackFetchError extends PackTextError {
  override readonly name = 'PackFetchError';

  constructor(
    readonly kind: FetchErrorKind,
    text: PackText,
    options?: { cause?: unknown },
  ) {
    super(text, [], options);
  }
}

function tooLarge(): PackFetchError {
  return new PackFetchError('too_large', packText('packs.fetch.tooLarge', { limit: MAX_FILE_BYTES / 1024 / 1024 }));
}

/** Reads the body, stopping as soon as it passes the size cap (a hostile server can stream forever). */
async function readCapped(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_FILE_BYTES) throw tooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_FILE_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function present(value: string | null): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

export async function fetchPack(
  url: string,
  validators: Validators,
  fetchImpl: FetchLike = globalThis.fetch.bind(globalThis),
): Promise<FetchedPack> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (error) {
    const text =
      error instanceof Error && error.name === 'TimeoutError'
        ? packText('packs.fetch.timeout', { seconds: FETCH_TIMEOUT_MS / 1000 })
        : packText('packs.fetch.unreachable');
    throw new PackFetchError('network', text, { cause: error });
  }
  if (response.url && !isAllowedPackUrl(new URL(response.url))) {
    throw new PackFetchError('redirect', packText('packs.fetch.httpRedirect'));
  }
  if (response.status === 304) {
    await response.body?.cancel();
    if (!validators.etag && !validators.lastModified) throw new PackFetchError('http', packText('packs.fetch.unasked304'));
    return { status: 'not_modified' };
  }
  if (!response.ok) {
    await response.body?.cancel();
    // The status as the server sent it: the code, and its reason phrase (the server's own words) quoted.
    const reason = response.statusText.trim().slice(0, 100);
    const status = reason ? packText('packs.fetch.statusLine', { code: String(response.status), reason }) : String(response.status);
    const key =
      response.status === 401 || response.status === 403
        ? 'packs.fetch.statusSignIn'
        : response.status === 404
          ? 'packs.fetch.statusNotFound'
          : 'packs.fetch.status';
    throw new PackFetchError('http', packText(key, { status }));
  }
  const text = await readCapped(response);
  return { status: 'ok', text, etag: present(response.headers.get('etag')), lastModified: present(response.headers.get('last-modified')) };
}
