/**
 * The interface language outside React (the background's menus and toolbar notices): the Settings
 * choice, else the browser's languages. Not for content scripts: it carries every catalog.
 */
import { uiLanguageSetting } from '@/lib/settings';
import { resolveUiLocale } from './locales';
import { translator, type Translator } from './translator';

export async function currentTranslator(): Promise<Translator> {
  return translator(resolveUiLocale(await uiLanguageSetting.get(), globalThis.navigator?.languages ?? []));
}
