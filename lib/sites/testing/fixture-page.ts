import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { attachDeclarativeShadowRoots } from './declarative-shadow';

// Vitest runs from the repository root (happy-dom gives import.meta.url an http scheme).
const FIXTURES = 'tests/fixtures/sites/';

export interface FixturePage {
  document: Document;
  url: URL;
  window: Window;
}

/** Parses a saved page the way the CLI does (no scripts run, declarative shadow roots attached), at the URL it was saved from. */
export function fixturePage(site: string, file: string, url: string): FixturePage {
  return htmlPage(readFileSync(`${FIXTURES}${site}/${file}`, 'utf8'), url);
}

export function htmlPage(html: string, url: string): FixturePage {
  const window = new Window({ url });
  window.document.write(html);
  attachDeclarativeShadowRoots(window.document as unknown as Document);
  return { document: window.document as unknown as Document, url: new URL(url), window };
}
