import { describe, expect, it } from 'vitest';
import { findSubject } from './structural-subject';
import { isSubjectField } from './structural-subject-field';
import { htmlPage } from './testing/fixture-page';

const input = (attributes: string) => htmlPage(`<input ${attributes} value="x">`, 'https://desk.example/').document.querySelector('input')!;

/** A ticket header with no test ids: the subject input, labelled in the UI's language, then a status badge. */
const subjectOf = (label: string, value: string) => {
  const { document } = htmlPage(
    `<html><head><title>Desk</title></head><body><main><div class="hd"><input aria-label="Search" value="mug"><input aria-label="${label}" value="${value}"><span class="badge">Open</span></div><div class="log"><div id="first" class="item"><b>Ana</b><p>Hi</p></div><div class="item"><b>Shop</b><p>Hello</p></div></div></main></body></html>`,
    'https://desk.example/t/1',
  );
  return findSubject(document, document.getElementById('first')!).text;
};

describe('isSubjectField', () => {
  it("takes an input labelled with the word 'subject' in the agent's language", () => {
    for (const label of ['Onderwerp', 'Aihe', 'Předmět', '件名', 'Tárgy:', 'Subject'])
      expect(isSubjectField(input(`aria-label="${label}"`))).toBe(true);
  });

  it('leaves other labelled inputs, and labels that only contain the word', () => {
    for (const label of ['Search', 'Order number', 'Betreff suchen', 'Assunto do modelo'])
      expect(isSubjectField(input(`aria-label="${label}"`))).toBe(false);
  });
});

describe('findSubject with a localized subject field and no test ids', () => {
  it("reads the field's value, not the search box nor the status badge beside it", () => {
    expect(subjectOf('Temat', 'Zepsuty czajnik – wymiana')).toBe('Zepsuty czajnik – wymiana');
    expect(subjectOf('Ämne', 'Fel storlek på jackan')).toBe('Fel storlek på jackan');
    expect(subjectOf('Chủ đề', 'Ấm đun nước bị nứt – đổi mới')).toBe('Ấm đun nước bị nứt – đổi mới');
    expect(subjectOf('Subjek', 'Cerek retak – minta tukar')).toBe('Cerek retak – minta tukar');
  });
});
