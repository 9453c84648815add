import { describe, expect, it } from 'vitest';
import { withHeadingRoles } from '@/lib/sites/profile/heading-roles';
import { marks, queryAll, queryOne } from '@/lib/sites/profile/safe-query';
import { htmlPage } from '@/lib/sites/testing/fixture-page';

const doc = (body: string) => htmlPage(`<!doctype html><html lang="pl"><body>${body}</body></html>`, 'https://sklep.example/').document;

describe("a profile's heading tag in a div-only build", () => {
  it('finds the heading drawn as a div with its role and level, not one of another level', () => {
    const page = doc(
      '<div class="rozmowa"><div role="heading" aria-level="2">Agnieszka Wójcik</div><div role="heading" aria-level="3">Zamówienie 5512</div></div>',
    );
    expect(queryOne(page, '.rozmowa h2')?.textContent).toBe('Agnieszka Wójcik');
    expect(queryAll(page, ':is(.rozmowa) :is(h2, h1)').map((element) => element.textContent)).toEqual(['Agnieszka Wójcik']);
    expect(marks(page.querySelector('.rozmowa')!, 'h3')).toBe(true);
    expect(queryOne(page, '.rozmowa h4')).toBeNull();
  });

  it('leaves heading-like names in classes, attributes and quoted values as written', () => {
    expect(withHeadingRoles('.h2-title, [data-level="h2"], a[title="h1 b"], #h3')).toBe(
      '.h2-title, [data-level="h2"], a[title="h1 b"], #h3',
    );
    expect(withHeadingRoles('header > h1.subject')).toBe('header > :is(h1, [role="heading"][aria-level="1"]).subject');
  });
});
