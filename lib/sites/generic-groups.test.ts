import { describe, expect, it } from 'vitest';
import { htmlPage } from './testing/fixture-page';
import { siblingGroups } from './generic-groups';

const reply = (who: string, text: string) =>
  `<div class="entry"><b>${who}</b> <time datetime="2026-11-30T10:00:00Z">Nov 30</time><p>${text}</p></div>`;

describe('sibling groups', () => {
  it('sees through bare wrapper divs: wrapped and unwrapped entries are one group', () => {
    const { document } = htmlPage(
      `<body><div id="log">${reply('Mara', 'The lamp flickers.')}<div><div>${reply('Desk', 'Try the other bulb.')}</div></div>${reply('Mara', 'Still flickers.')}</div></body>`,
      'https://desk.example/1',
    );
    const groups = siblingGroups(document.body).filter(({ members }) => members[0]!.parentElement!.id === 'log');
    expect(groups.map(({ members }) => members.length)).toEqual([3]);
    expect(groups[0]!.kind).toBe('named');
  });

  it('keeps a wrapper that says something of its own apart', () => {
    const { document } = htmlPage(
      `<body><div id="log">${reply('Mara', 'The lamp flickers.')}<div class="pinned">${reply('Desk', 'Pinned answer.')}</div><div>Note: ${reply('Desk', 'x')}</div>${reply('Mara', 'Still flickers.')}</div></body>`,
      'https://desk.example/1',
    );
    const groups = siblingGroups(document.body).filter(({ members }) => members[0]!.parentElement!.id === 'log');
    expect(groups.map(({ members }) => members.length)).toEqual([2]);
  });

  it('names a wrapped article semantic through several wrappers', () => {
    const item = (text: string) => `<li><div><div><article><b>Ana</b><p>${text}</p></article></div></div></li>`;
    const { document } = htmlPage(`<body><ul>${item('One.')}${item('Two.')}</ul></body>`, 'https://desk.example/1');
    const [group] = siblingGroups(document.body).filter(({ members }) => members[0]!.localName === 'li');
    expect(group?.kind).toBe('semantic');
  });
});
