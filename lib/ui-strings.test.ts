import { describe, expect, it } from 'vitest';
import { sourceFiles } from '@/lib/testing/import-graph';
import { findUiStrings, findUiStringsInSource } from '@/lib/testing/ui-strings';

// Vitest runs from the repository root.
const ROOT = process.cwd();
const COMPONENTS = sourceFiles(ROOT, ['components', 'entrypoints/sidepanel', 'entrypoints/options']).filter(
  (file) => file.endsWith('.tsx') && !/\.test\.tsx$/.test(file) && !file.split('/').includes('testing'),
);

/**
 * Words shown as they are in every language: brand and product names, and the names of things
 * the agent types or reads exactly so (a placeholder's format). Add a name here, never a sentence.
 */
const ALLOWED_WORDS = new Set([
  'Deskpilot', // the product's own name
  'sk', // "sk-…": the shape of an OpenAI key, as a placeholder
  'en', // language codes the template editor gives as examples of what to type ("ko, en")
  'de',
]);

describe('user-visible strings go through lib/i18n', () => {
  const found = findUiStrings(
    COMPONENTS.map((file) => `${ROOT}/${file}`),
    ALLOWED_WORDS,
  ).map((string) => ({ ...string, file: string.file.slice(ROOT.length + 1) }));

  it('reads every component', () => {
    expect(COMPONENTS.length).toBeGreaterThan(60);
    expect(COMPONENTS).toContain('entrypoints/sidepanel/App.tsx');
  });

  it('finds no literal text in a component (JSX text, aria-label, title, placeholder, alt, label)', () => {
    const offenders = found.map((s) => `${s.file}:${s.line} ${s.where}: ${s.text}`);
    expect(offenders).toEqual([]);
  });

  it('catches each kind of literal, and lets messages, brand names and punctuation through', () => {
    const source = `
      export function Card({ t, on }: { t: (key: string) => string; on: boolean }) {
        return (
          <section aria-label="Orders" title={on ? 'Open' : t('closed')}>
            <h2>Where is my order</h2>
            <img alt="" src="x.png" />
            <input placeholder={\`Search \${t('x')}\`} />
            <Field label="Name" />
            {on && 'Refunded'}
            {t('orders.none')} · Deskpilot {' '} … {42} <code>order.number</code>
          </section>
        );
      }`;
    const strings = findUiStringsInSource(source, ALLOWED_WORDS).map((s) => `${s.where}: ${s.text}`);
    expect(strings).toEqual([
      'aria-label: Orders',
      'title: Open',
      'JSX text: Where is my order',
      'placeholder: Search',
      'label: Name',
      'JSX text: Refunded',
    ]);
  });
});
