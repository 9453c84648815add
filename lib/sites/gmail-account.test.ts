import { describe, expect, it } from 'vitest';
import { readGmailAccount } from './gmail-account';
import { htmlPage } from './testing/fixture-page';

const URL_ = 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';
const BANNER = '<div role="banner"><a aria-label="Google Account: Jonas Weber (jonas@teapot.example)" href="#"></a></div>';
const page = (title: string, banner = BANNER) =>
  htmlPage(`<!doctype html><html><head><title>${title}</title></head><body>${banner}</body></html>`, URL_).document;

describe('readGmailAccount', () => {
  it('counts the mailbox the title names as ours too: a shared one the agent answers from', () => {
    const account = readGmailAccount(page('Leaking lid - orders@teapot.example - Teapot Mail'));
    expect([...account.emails].sort()).toEqual(['jonas@teapot.example', 'orders@teapot.example']);
    expect(account.source).toBe('account-button');
  });

  it('takes only the part before the product name, not an address in the subject', () => {
    const account = readGmailAccount(page('lena@home.example - refund - Gmail', ''));
    expect(account).toEqual({ emails: new Set(), source: null });
  });

  it('reads the title whatever dash separates its parts', () => {
    const account = readGmailAccount(page('Поломанная крышка — zakaz@chaynik.example — Gmail', ''));
    expect(account).toEqual({ emails: new Set(['zakaz@chaynik.example']), source: 'title' });
  });
});
