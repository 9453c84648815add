import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_REMEMBERED, remembered } from './element-memo';

const KEY = {};

describe('remembered', () => {
  let message: HTMLElement;
  let reads: number;
  const read = () =>
    remembered(message, KEY, () => {
      reads++;
      return message.textContent;
    });

  beforeEach(() => {
    document.body.innerHTML = '<div id="thread"><div id="m"><p>Where is <b>my order</b>?</p></div></div>';
    message = document.getElementById('m')!;
    reads = 0;
  });

  it('reads an unchanged element once, whatever changes elsewhere in the page', () => {
    expect(read()).toBe('Where is my order?');
    document.body.setAttribute('data-run', '1');
    document.getElementById('thread')!.append(document.createElement('span'));
    expect(read()).toBe('Where is my order?');
    expect(reads).toBe(1);
  });

  it('reads again after a change of text, attribute or children inside it, made just before the read', () => {
    read();
    message.querySelector('b')!.firstChild!.nodeValue = 'my parcel';
    expect(read()).toBe('Where is my parcel?');
    message.querySelector('p')!.setAttribute('hidden', '');
    read();
    message.setAttribute('class', 'expanded');
    read();
    message.querySelector('p')!.append(' Thanks');
    expect(read()).toBe('Where is my parcel? Thanks');
    expect(reads).toBe(5);
  });

  it('reads again an element taken out of the page, changed, and put back', () => {
    read();
    const parent = message.parentElement!;
    message.remove();
    message.querySelector('p')!.textContent = 'Cancel it';
    parent.append(message);
    expect(read()).toBe('Cancel it');
  });

  it('keeps one answer per key, and remembers nothing of an element outside the page', () => {
    const other = {};
    remembered(message, KEY, () => 'a');
    expect(remembered(message, other, () => 'b')).toBe('b');
    expect(remembered(message, KEY, () => 'c')).toBe('a');
    const detached = document.createElement('div');
    expect(remembered(detached, KEY, () => 1)).toBe(1);
    expect(remembered(detached, KEY, () => 2)).toBe(2);
  });

  it('counts an element read again after its changes once: a message that changes often never makes the others forgotten', () => {
    read();
    const other = document.createElement('div');
    document.getElementById('thread')!.append(other);
    for (let run = 0; run <= MAX_REMEMBERED; run++) {
      other.setAttribute('data-run', String(run));
      remembered(other, KEY, () => other.getAttribute('data-run'));
    }
    expect(read()).toBe('Where is my order?');
    expect(reads).toBe(1);
  });

  it("reads again a message whose frame loaded (its document arrived), not after an image's load", () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>Hello</p>';
    const image = document.createElement('img');
    message.append(frame, image);
    read();
    image.dispatchEvent(new Event('load'));
    read();
    expect(reads).toBe(1);
    // A load changes nothing in the page's own document: only the event tells the frame's body arrived.
    frame.dispatchEvent(new Event('load'));
    read();
    expect(reads).toBe(2);
  });
});
