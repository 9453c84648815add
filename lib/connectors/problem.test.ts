// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '@/lib/i18n/catalogs';
import { UI_LOCALES } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import { startBigCommerceServer } from '@/tests/servers/bigcommerce-server';
import { findOrdersAcrossStores } from './find-orders';
import { ConnectorProblemSchema, englishProblem, PROBLEM_PARAMS, problem, problemText, type ProblemCode } from './problem';
import { ConnectorError } from './types';

/** A value of the right type for each parameter a code takes. */
function sampleParams(code: ProblemCode): Record<string, string | number> {
  const shape = PROBLEM_PARAMS[code].shape as Record<string, { type?: string; def?: { type?: string } }>;
  return Object.fromEntries(Object.keys(shape).map((name) => [name, shape[name]?.def?.type === 'number' ? 42 : `«${name}»`]));
}

describe('store problems in six languages', () => {
  const codes = Object.keys(PROBLEM_PARAMS) as ProblemCode[];

  it.each(UI_LOCALES)('says every problem in %s, with every value it was given and no placeholder left', (locale) => {
    const { t } = translator(locale);
    for (const code of codes) {
      const params = sampleParams(code);
      const text = problemText(t, { code, params, status: 429, said: 'Slow down' } as never);
      expect(CATALOGS[locale][code], code).toBeTruthy();
      for (const value of Object.values(params)) expect(text, `${locale} ${code}`).toContain(String(value));
      expect(text).toContain('(HTTP 429)');
      expect(text).toContain('Slow down');
      expect(text).not.toMatch(/[{}]/);
      if (locale !== 'en') expect(text, `${locale} ${code} is still English`).not.toBe(translator('en').t(code, params));
    }
  });

  it('keeps the English text as the error message the command line prints', () => {
    const error = ConnectorError.of(
      'rate_limited',
      problem('storeError.rateLimitedRetry', { store: 'Kiefer & Co', seconds: 5 }, { status: 429 }),
      5000,
    );
    expect(error.message).toBe('Kiefer & Co is limiting requests. Try again in 5 s. (HTTP 429)');
    expect(englishProblem(error.problem!)).toBe(error.message);
    expect(problemText(translator('ko').t, error.problem!)).toBe(
      'Kiefer & Co에서 요청을 제한하고 있습니다. 5초 후에 다시 시도하십시오. (HTTP 429)',
    );
  });

  it('accepts a problem across a message boundary only with the values its code takes', () => {
    const ok = { code: 'storeError.timeout', params: { store: 'Tea shop', seconds: 20 } };
    expect(ConnectorProblemSchema.parse(ok)).toEqual(ok);
    expect(ConnectorProblemSchema.safeParse({ ...ok, code: 'storeError.madeUp' }).success).toBe(false);
    expect(ConnectorProblemSchema.safeParse({ ...ok, params: { store: 'Tea shop' } }).success).toBe(false);
    expect(ConnectorProblemSchema.safeParse({ ...ok, params: { store: 'x'.repeat(301), seconds: 1 } }).success).toBe(false);
  });

  it('comes with a real store failure: a BigCommerce token refused, in Japanese', async () => {
    const server = await startBigCommerceServer();
    try {
      const config = {
        platform: 'bigcommerce' as const,
        storeHash: server.storeHash,
        accessToken: 'wrong-token',
        baseUrl: server.origin,
        label: 'Kiefer',
      };
      const { errors } = await findOrdersAcrossStores([config], { orderRefs: ['#1042'] }, { fetch: (...args) => fetch(...args) });
      const [failure] = errors;
      expect(failure?.problem).toMatchObject({ code: 'storeError.bigcommerce.token', status: 401 });
      expect(failure?.message).toContain('rejected the access token');
      expect(problemText(translator('ja').t, failure!.problem!)).toContain('がアクセストークンを拒否しました');
      // The store's name is worded too ("store" is Deskpilot's word), and crosses to the panel as a message.
      const crossed = ConnectorProblemSchema.parse(JSON.parse(JSON.stringify(failure!.problem)));
      expect(problemText(translator('ja').t, crossed)).toContain(
        `BigCommerce (ストア ${server.storeHash}) がアクセストークンを拒否しました`,
      );
      expect(problemText(translator('ja').t, failure!.problem!)).not.toContain('wrong-token');
    } finally {
      await server.close();
    }
  });
});
