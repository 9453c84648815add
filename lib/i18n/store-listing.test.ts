import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_LOCALES } from '@/lib/i18n/locales';

// The store listing's name and description and the browser's own labels (toolbar, shortcuts) come
// from public/_locales, which the browser reads itself; wxt.config.ts names them as __MSG_key__.
const ROOT = process.cwd();
const keysOf = (locale: string) => Object.keys(JSON.parse(readFileSync(`${ROOT}/public/_locales/${locale}/messages.json`, 'utf8'))).sort();

describe('store listing in every interface language', () => {
  it('has one _locales folder per interface language, each with the same messages', () => {
    expect(readdirSync(`${ROOT}/public/_locales`).sort()).toEqual([...UI_LOCALES].sort());
    for (const locale of UI_LOCALES) expect(keysOf(locale), locale).toEqual(keysOf('en'));
  });

  it('names in the manifest only messages that exist, and keeps the description within the store limit', () => {
    const used = [...readFileSync(`${ROOT}/wxt.config.ts`, 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used).toContain('extDescription');
    for (const key of used) expect(keysOf('en')).toContain(key);
    for (const locale of UI_LOCALES) {
      const messages = JSON.parse(readFileSync(`${ROOT}/public/_locales/${locale}/messages.json`, 'utf8'));
      expect(messages.extDescription.message.length, locale).toBeLessThanOrEqual(132);
    }
  });
});
