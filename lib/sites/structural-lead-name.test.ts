import { describe, expect, it } from 'vitest';
import { leadingText } from './generic-blocks';
import { leadName } from './structural-lead-name';
import { htmlPage } from './testing/fixture-page';

const block = (html: string) =>
  htmlPage(`<!doctype html><body><article id="b">${html}</article></body>`, 'https://desk.example/').document.getElementById('b')!;
const lead = (html: string) => {
  const element = block(html);
  return leadName(element, leadingText(element));
};

describe('leadName', () => {
  it('reads the bold name that opens the header line', () => {
    expect(lead('\n  <header><b>Andrés Molina</b> replied <span>10 minutes ago</span></header><div><p>Hola Lucía</p></div>')).toBe(
      'Andrés Molina',
    );
    expect(lead('<div><strong>Paul</strong> · 2 days ago</div><p>Thanks for the quick reply.</p>')).toBe('Paul');
  });

  it('takes no bold words inside the message, nor a bold line that is a sentence', () => {
    expect(lead('<header>Reply from the team</header><div><b>Important</b> read this</div>')).toBeUndefined();
    expect(lead('<header>Note: <b>Andrés Molina</b> called</header>')).toBeUndefined();
    expect(lead('<header><b>Please read this first.</b></header><p>Text</p>')).toBeUndefined();
  });
});
