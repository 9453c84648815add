/** What a connector asks of requestJson (lib/connectors/http.ts), and what it gets back. */
import type { z } from 'zod';
import type { ConnectorError } from '@/lib/connectors/types';
import type { ConnectorProblem } from '@/lib/connectors/problem';
import type { StoreName } from '@/lib/connectors/store-name';

export interface JsonRequest<T> {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  schema: z.ZodType<T>;
  /** Names the store in messages, e.g. "Shopify (acme.myshopify.com)", or a message (lib/connectors/store-name.ts). */
  store: StoreName;
  timeoutMs?: number;
  /** Tokens and keys this request carries; removed from every message. */
  secrets?: readonly string[];
  /** What to check, in the platform's words, when the store answers 401, 403 or 404. */
  hints?: Partial<Record<401 | 403 | 404, ConnectorProblem>>;
  /**
   * A platform's own reading of a status (e.g. an OAuth endpoint's 400 means bad credentials);
   * undefined = the usual one. `detail` is what the server said as an English sentence, `said` the bare excerpt.
   */
  onStatus?: (status: number, detail: string, body: string, said: string | undefined) => ConnectorError | undefined;
}

export interface JsonResponse<T> {
  data: T;
  headers: Headers;
}
