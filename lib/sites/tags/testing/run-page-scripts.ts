/**
 * Runs a fixture page's inline scripts (the stand-ins for the site's own app: a tag picker that adds
 * a typed tag on Enter, Gmail's Labels menu) in its happy-dom window, so a unit test drives the same
 * page behaviour the e2e tests see in Chromium. Only for our own fixture pages.
 */
import type { FixturePage } from '@/lib/sites/testing/fixture-page';

export function runPageScripts(page: FixturePage): void {
  for (const script of page.document.querySelectorAll('script:not([src])')) {
    new Function('window', 'document', script.textContent ?? '')(page.window, page.document);
  }
}
