import { describe, expect, it } from 'vitest';
import { readGenericMessage } from './generic-message';
import { nameByRoleLabel, ROLE_LABEL } from './structural-role-label';

const withoutRoleLabel = (name: string) => name.replace(ROLE_LABEL(), '');
import { htmlPage } from './testing/fixture-page';
import { customerLabels, shopLabels } from './structural-role-label-words.json';

describe('ROLE_LABEL', () => {
  it('has plain lower-case words as labels (they are joined into patterns as they are)', () => {
    for (const labels of [customerLabels, shopLabels]) expect(labels).toMatch(/^[\p{L}\p{M} ]+(?:\|[\p{L}\p{M} ]+)*$/u);
    for (const labels of [customerLabels, shopLabels]) expect(labels).toBe(labels.toLowerCase());
  });

  it('cuts a role label from the front of a sender line, in the supported languages', () => {
    expect(withoutRoleLabel('Buyer: Jane Doe')).toBe('Jane Doe');
    expect(withoutRoleLabel('購入者：中村 美咲')).toBe('中村 美咲');
    expect(withoutRoleLabel('Käufer : Jonas Weber')).toBe('Jonas Weber');
    expect(withoutRoleLabel('구매자: 김민지')).toBe('김민지');
  });

  it('leaves a line that is only a role with no name, and a name that only starts like a role whole', () => {
    expect(withoutRoleLabel('Comprador')).toBe('');
    expect(withoutRoleLabel('CUSTOMER')).toBe('');
    expect(withoutRoleLabel('Clienti Rossi')).toBe('Clienti Rossi');
    expect(withoutRoleLabel('Client Services Team')).toBe('Client Services Team');
    expect(withoutRoleLabel('Jane Doe')).toBe('Jane Doe');
  });

  it("keeps the label out of a message's author on a small page", () => {
    const { document } = htmlPage(
      '<!doctype html><body><div class="entry"><span class="entry__author">出品者：和紙と器</span><time datetime="2026-12-01T10:00:00Z">12/1</time><p class="entry__body">ご連絡ありがとうございます。</p></div></body>',
      'https://shop.example/',
    );
    expect(readGenericMessage(document.querySelector('.entry')!)?.author).toEqual({ name: '和紙と器' });
  });
});

describe('nameByRoleLabel', () => {
  const page = (body: string) => htmlPage(`<!doctype html><body>${body}</body>`, 'https://shop.example/').document;

  it("takes the value a card pairs with a customer's role label, outside the conversation", () => {
    const doc = page('<main id="log"></main><dl><dt>Fecha</dt><dd>27 nov</dd><dt>Comprador</dt><dd>Mª José Gutiérrez Ramos</dd></dl>');
    expect(nameByRoleLabel(doc, doc.getElementById('log'))).toBe('Mª José Gutiérrez Ramos');
    expect(nameByRoleLabel(page('<dl><dt>購入者：</dt><dd>中村 美咲</dd></dl>'), null)).toBe('中村 美咲');
  });

  it("takes no seller's label, no value that is not a name, and nothing inside the conversation", () => {
    expect(nameByRoleLabel(page('<dl><dt>Verkäufer</dt><dd>Lumbre Textil</dd></dl>'), null)).toBeUndefined();
    expect(
      nameByRoleLabel(page('<dl><dt>Customer</dt><dd>since 2021</dd><dt>Buyer</dt><dd>jane@example.com</dd></dl>'), null),
    ).toBeUndefined();
    const doc = page('<main id="log"><dl><dt>Buyer</dt><dd>Jane Doe</dd></dl></main>');
    expect(nameByRoleLabel(doc, doc.getElementById('log'))).toBeUndefined();
  });
});
