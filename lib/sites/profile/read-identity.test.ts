import { describe, expect, it } from 'vitest';
import { htmlPage } from '../testing/fixture-page';
import { identity } from './read-identity';
import type { SiteProfile } from './types';

describe("who we are on a profile's page", () => {
  it("joins the profile's signed-in name and address with what the site's hooks know", () => {
    const page = htmlPage(
      '<html><body><header><span class="me">Lena Vogt</span><span class="me-mail">lena@shop.example</span></header></body></html>',
      'https://desk.example/t/1',
    );
    const profile: SiteProfile = {
      id: 'test.identity',
      site: 'generic',
      seen: '2026-12-07',
      selectors: { thread: 'main', message: 'article', selfName: '.me', selfEmail: '.me-mail' },
    };
    const self = identity(page.document, profile, {
      names: ['Team Shop'],
      emails: ['team@shop.example'],
      domains: ['shop.example'],
      certainty: 1,
    });
    expect([...self.names]).toEqual(['team shop', 'lena vogt']);
    expect([...self.emails]).toEqual(['team@shop.example', 'lena@shop.example']);
    expect(self.domains).toEqual(['shop.example']);
  });
});
