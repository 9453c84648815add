import { beforeEach, describe, expect, it } from 'vitest';
import { rememberedOutside } from './outside-memo';

const KEY = {};

describe('rememberedOutside', () => {
  let thread: HTMLElement;
  let reads: number;
  const read = (inputs: unknown[] = ['me']) =>
    rememberedOutside(document, thread, KEY, inputs, () => {
      reads++;
      return document.querySelector('header')?.textContent;
    });

  beforeEach(() => {
    document.title = 'Ticket';
    document.body.innerHTML = '<header>Signed in as Dana</header><main><div id="thread"><div class="m">Hi</div></div></main>';
    thread = document.getElementById('thread')!;
    reads = 0;
  });

  it('reads once while only the conversation changes: text, attributes, messages added', () => {
    expect(read()).toBe('Signed in as Dana');
    thread.querySelector('.m')!.setAttribute('data-open', '1');
    thread.querySelector('.m')!.firstChild!.nodeValue = 'Hello';
    thread.append(Object.assign(document.createElement('div'), { className: 'm', textContent: 'Where is my order?' }));
    expect(read()).toBe('Signed in as Dana');
    expect(reads).toBe(1);
  });

  it('reads again after a change outside the conversation, made just before the read', () => {
    read();
    document.querySelector('header')!.textContent = 'Signed in as Sam';
    expect(read()).toBe('Signed in as Sam');
    document.body.setAttribute('data-route', 'x');
    read();
    document.title = 'Another ticket';
    read();
    expect(reads).toBe(4);
  });

  it('reads again when the conversation itself changes, moves, or another is given', () => {
    read();
    thread.setAttribute('class', 'folded');
    read();
    document.querySelector('main')!.prepend(document.createElement('h1'));
    read();
    document.querySelector('main')!.remove();
    read();
    const other = document.createElement('div');
    expect(rememberedOutside(document, other, KEY, ['me'], () => 'other')).toBe('other');
    expect(reads).toBe(4);
  });

  it('reads again for other inputs, compared one by one', () => {
    read(['me', thread]);
    read(['me', thread]);
    read(['you', thread]);
    read(['you', document.body]);
    expect(reads).toBe(3);
  });

  it('without a conversation, any change counts', () => {
    const outsideOnly = () => rememberedOutside(document, null, KEY, [], () => ++reads);
    outsideOnly();
    outsideOnly();
    thread.querySelector('.m')!.setAttribute('data-open', '1');
    outsideOnly();
    expect(reads).toBe(2);
  });
});
