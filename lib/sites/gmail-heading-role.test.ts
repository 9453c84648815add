import { describe, expect, it } from 'vitest';
import { gmail } from './gmail';
import { htmlPage } from './testing/fixture-page';

const URL_ = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRcvWmTpLxNsKjHdZqYwFbGt';
const item = (who: string, email: string, title: string, text: string) =>
  `<div role="listitem" class="h7"><div class="gs"><div class="iw"><span class="gD" email="${email}" name="${who}">${who}</span></div>` +
  `<span class="g3" title="${title}">x</span><div class="ii gt"><div class="a3s">${text}</div></div></div></div>`;
const page = (subject: string) =>
  htmlPage(
    `<!doctype html><html><head><title>Teapot lid - tea@kettle.example - Kettle Mail</title></head><body>
     <div role="banner"><a aria-label="Google Account: Kettle (tea@kettle.example)" href="#"></a></div>
     <div role="main">${subject}<div role="list">
     ${item('Jun Park', 'jun@home.example', 'Mon, Nov 30, 2026, 9:00 AM', 'The teapot lid arrived cracked.')}
     ${item('Kettle', 'tea@kettle.example', 'Mon, Nov 30, 2026, 11:00 AM', 'So sorry! A new lid ships today.')}
     </div></div></body></html>`,
    URL_,
  );

describe('gmail: a subject drawn as a div with the heading role', () => {
  it('reads it as the subject, not the window title', () => {
    const { document, url } = page('<div class="ha"><div class="hP" role="heading" aria-level="2">Teapot lid</div></div>');
    expect(gmail.readThread(document, url)?.subject).toBe('Teapot lid');
  });

  it('finds it in the subject bar by its role when its class changed', () => {
    const { document, url } = page('<div class="ha"><div class="zZ1" role="heading" aria-level="2">Teapot lid</div></div>');
    expect(gmail.readThread(document, url)?.subject).toBe('Teapot lid');
  });
});
