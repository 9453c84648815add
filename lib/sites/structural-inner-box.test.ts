import { describe, expect, it } from 'vitest';
import { innerBox } from './structural-inner-box';
import { htmlPage } from './testing/fixture-page';

const block = (html: string) =>
  htmlPage(`<!doctype html><body><article id="b">${html}</article></body>`, 'https://desk.example/').document.getElementById('b')!;

describe('innerBox', () => {
  it('is the lone wrapper a block puts all it shows in, through a few boxes', () => {
    expect(innerBox(block('<div class="pad"><div class="pad2"><header>Olga</header><p>Hi</p></div></div>')).className).toBe('pad2');
  });

  it('is the block itself when it shows more than one thing, or writes text beside its one child', () => {
    expect(innerBox(block('<header>Olga</header><p>Hi</p>')).id).toBe('b');
    expect(innerBox(block('Olga wrote: <p>Hi</p>')).id).toBe('b');
    // One line of text wrapped in elements holds no rows.
    expect(innerBox(block('<div><p><span>Hi</span></p></div>')).id).toBe('b');
  });
});
