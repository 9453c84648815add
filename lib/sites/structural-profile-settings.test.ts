import { describe, expect, it } from 'vitest';
import { findPageIdentity } from './structural-identity';
import { htmlPage } from './testing/fixture-page';

describe('the signed-in account named by a "Your profile and settings:" menu', () => {
  it('is us, read off the top bar menu button that names the account (Atlassian-like)', () => {
    const page = htmlPage(
      `<!doctype html><body><nav class="topbar"><a href="/">Desk</a><button aria-label="Your profile and settings: Rosa Mendes">RM</button></nav>
<main><div class="thread"><div class="c"><b>Rosa Mendes</b> <time datetime="2026-12-01T10:00:00Z">1 Dec</time><p>Hello!</p></div></div></main></body>`,
      'https://desk.example/t/1',
    );
    expect(findPageIdentity(page.document, undefined, page.document.querySelector('.thread')).names).toContain('rosa mendes');
  });
});
