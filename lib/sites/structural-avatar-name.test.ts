import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { avatarName } from './structural-avatar-name';
import { htmlPage } from './testing/fixture-page';

const block = (html: string) =>
  htmlPage(`<!doctype html><body><div id="b">${html}</div></body>`, 'https://desk.example/').document.getElementById('b')!;

describe('avatarName', () => {
  it("names a bubble's sender by the avatar beside it, on either side", () => {
    expect(avatarName(block('<img alt="Mia Hoffmann" src="data:,"><div class="bubble"><p>Hallo!</p></div>'))).toBe('Mia Hoffmann');
    expect(avatarName(block('<div class="bubble"><p>Hallo Mia</p></div><img alt="LeinenLiebeStudio" src="data:,">'))).toBe(
      'LeinenLiebeStudio',
    );
  });

  it('takes no image that says what it is, a product photo, or an image deep in the message', () => {
    expect(avatarName(block('<img alt="avatar" src="data:,"><p>Hi</p>'))).toBeUndefined();
    expect(avatarName(block('<img alt="Plaid en laine – Gris, 100 % laine" src="data:,"><p>Hi</p>'))).toBeUndefined();
    expect(avatarName(block('<div><div><p>Look: <img alt="Mia Hoffmann" src="data:,"></p></div></div>'))).toBeUndefined();
    expect(avatarName(block('<img alt="" src="data:,"><p>Hi</p>'))).toBeUndefined();
  });
});

describe('readStructurally on a chat whose bubbles are named only by avatars', () => {
  it('reads each bubble with its avatar as sender', () => {
    const bubble = (who: string, text: string, own = false) =>
      own
        ? `<div class="row row--own"><div class="bubble"><p>${text}</p></div><img alt="${who}" src="data:,"></div>`
        : `<div class="row"><img alt="${who}" src="data:,"><div class="bubble"><p>${text}</p></div></div>`;
    const page = htmlPage(
      `<!doctype html><body><main><div class="pane-head"><p>Mia Hoffmann</p></div><div>${bubble('Mia Hoffmann', 'Hallo! Sind die Leinenservietten vorrätig?')}${bubble('LeinenLiebe', 'Hallo Mia, ja, sie gehen morgen raus.', true)}${bubble('Mia Hoffmann', 'Danke! Kann ich die Lieferadresse noch ändern?')}</div></main></body>`,
      'https://shop.example/messages/7',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' });
    expect(thread?.messages.map((message) => message.author.name)).toEqual(['Mia Hoffmann', 'LeinenLiebe', 'Mia Hoffmann']);
    expect(thread?.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread?.subject).toBe('Mia Hoffmann');
  });
});
