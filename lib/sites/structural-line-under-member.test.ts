import { afterEach, describe, expect, it } from 'vitest';
import { lineUnderMember } from './structural-line-under-member';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

const read = (top: string) => {
  page = htmlPage(
    `<!doctype html><body><section>${top}<div class="t9"><p id="first">Hi! Is it still available?</p></div></section></body>`,
    'https://crafts.example/c/3',
  );
  const doc = page.document;
  return lineUnderMember(doc.getElementById('who')!, doc.getElementById('first')!);
};

describe('the line under a heading that names the member', () => {
  it("is found past the member's handle", () => {
    expect(read('<div><h2 id="who">Ruth Adeyemi</h2><span>ruthmakes21</span><p>Custom apron with embroidered initials</p></div>')).toBe(
      'Custom apron with embroidered initials',
    );
  });

  it('is found under the title bar that holds the heading, its back arrow and badges', () => {
    expect(
      read(
        '<div><a href="/inbox">‹</a><h1 id="who">ruthmakes21</h1><span>(55 ★)</span></div><div>Linen apron with two pockets, size M</div>',
      ),
    ).toBe('Linen apron with two pockets, size M');
  });

  it('is none when only a list of facts, a handle or the messages follow', () => {
    expect(read('<div><h2 id="who">Ruth Adeyemi</h2><span>ruthmakes21</span></div>')).toBe('');
    expect(read('<div><a href="/inbox">‹</a><h1 id="who">ruthmakes21</h1></div><div>Leeds, UK · Member since 2019</div>')).toBe('');
  });

  it('is no line about the member: how soon they reply, when they were last seen', () => {
    expect(read('<div><h2 id="who">Ruth Adeyemi</h2><span>Usually responds within a few hours</span></div>')).toBe('');
    expect(read('<div><h2 id="who">Ruth Adeyemi</h2><span>Zuletzt aktiv vor 2 Stunden</span></div>')).toBe('');
  });

  it('is no badge saying the member bought before ("Wiederkehrender Käufer", "Cliente habitual", "재구매 고객")', () => {
    expect(read('<div><h2 id="who">Lena Graf</h2><em class="pill">Wiederkehrender Käufer</em></div>')).toBe('');
    expect(read('<div><h2 id="who">Lucía Pardo</h2><span>Cliente habitual</span></div>')).toBe('');
    expect(read('<div><h2 id="who">김민지</h2><span>재구매 고객</span></div>')).toBe('');
  });

  it('is a line of Chinese or Japanese, written without spaces between words', () => {
    expect(read('<div><h2 id="who">王小明</h2><div>手工木制相框定制（刻字）</div></div>')).toBe('手工木制相框定制（刻字）');
  });
});
