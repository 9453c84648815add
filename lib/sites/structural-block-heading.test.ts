import { describe, expect, it } from 'vitest';
import { leadingText } from './generic-blocks';
import { readGenericMessage } from './generic-message';
import { leadName } from './structural-lead-name';
import { htmlPage } from './testing/fixture-page';

const blockOf = (html: string) =>
  htmlPage(`<!doctype html><body><div id="b">${html}</div></body>`, 'https://desk.example/').document.getElementById('b')!;

describe('a message block titled by its own heading', () => {
  it('takes the name that opens the dated line under the heading as the sender', () => {
    const block = blockOf(
      '<h4>Original request</h4><div class="line"><span>Henrik Dahl</span> opened this request by mail · <time datetime="2026-11-30T08:00:00Z">30 Nov</time></div><div class="doc"><p>The lamp shade is missing.</p></div>',
    );
    expect(leadName(block, leadingText(block))).toBe('Henrik Dahl');
  });

  it('still takes no name that a message sentence puts after the heading', () => {
    const block = blockOf(
      '<h4>Original request</h4><div class="line">Sent on behalf of <span>Henrik Dahl</span> · <time datetime="2026-11-30T08:00:00Z">30 Nov</time></div>',
    );
    expect(leadName(block, leadingText(block))).toBeUndefined();
  });

  it("reads the message's text without the heading and the sender line above it", () => {
    const block = blockOf(
      '<h4>Original request</h4><div class="line"><span>Henrik Dahl</span> opened this request by mail · <time datetime="2026-11-30T08:00:00Z">30 Nov</time></div><div class="doc"><p>The lamp shade is missing.</p><p>Henrik</p></div>',
    );
    expect(readGenericMessage(block)?.text).toBe('The lamp shade is missing.\n\nHenrik');
  });
});
