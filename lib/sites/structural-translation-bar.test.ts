import { describe, expect, it } from 'vitest';
import { readStructurally } from '@/lib/sites/structural';
import { htmlPage } from '@/lib/sites/testing/fixture-page';

describe("a mail client's translation bar over a message in another language", () => {
  it("is the page's, not the first line of the message", () => {
    const page = htmlPage(
      `<!doctype html><html lang="en"><body><main><h1>Dented kettle</h1><div class="conversation">
        <div class="item"><div class="item-head"><span class="sender-name">Tomasz Wójcik</span> <time datetime="2026-12-02T09:00:00Z">Dec 2</time></div>
          <div class="x1b7" role="status"><span>Translate message to: English</span> | <button>Never translate from: Polish</button></div>
          <div class="rps_9f2" role="document"><div>Dzień dobry,</div><div>czajnik przyszedł wgnieciony. Proszę o wymianę.</div></div></div>
        <div class="item"><div class="item-head"><span class="sender-name">Kettle Shop</span> <time datetime="2026-12-02T12:00:00Z">Dec 2</time></div>
          <div class="rps_9f2" role="document"><div>Sorry, Tomasz! A new kettle ships today.</div></div></div>
      </div></main></body></html>`,
      'https://mail.example/thread/1',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages[0]!.text).toBe('Dzień dobry,\nczajnik przyszedł wgnieciony. Proszę o wymianę.');
  });
});
