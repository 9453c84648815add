import { describe, expect, it } from 'vitest';
import { insertIntoEditable } from '@/lib/sites/insert-editable';
import { htmlPage } from './testing/fixture-page';
import { recordInputs } from './testing/record-inputs';

const REPLY = 'Hi Emma,\nyour parcel is with UPS.';

function blankPage(body: string) {
  return htmlPage(`<!doctype html><html><body>${body}</body></html>`, 'https://example.test/');
}

describe('insertIntoEditable', () => {
  it('without execCommand, builds text nodes and <br>s above the quoted text and announces them', () => {
    const { document } = blankPage('<div contenteditable="true"><div class="gmail_quote">On Monday Emma wrote: …</div></div>');
    const editable = document.querySelector<HTMLElement>('[contenteditable]')!;
    const inputs = recordInputs(editable);
    const before: string[] = [];
    editable.addEventListener('beforeinput', (event) => before.push((event as InputEvent).inputType));

    expect(insertIntoEditable(editable, REPLY)).toBe(true);
    // The box started with text: an empty line keeps the reply from running into it.
    expect(editable.innerHTML).toBe('Hi Emma,<br>your parcel is with UPS.<br><br><div class="gmail_quote">On Monday Emma wrote: …</div>');
    expect(before).toEqual(['insertText']);
    expect(inputs.map((event) => event.data)).toEqual([`${REPLY}\n\n`]);
  });

  it("uses the browser's insertText command where it works, and nothing else", () => {
    const { document } = blankPage('<div contenteditable="true"><br></div>');
    const editable = document.querySelector<HTMLElement>('[contenteditable]')!;
    const commands: string[] = [];
    (document as Document & { execCommand: unknown }).execCommand = (command: string, _ui: boolean, text: string) => {
      commands.push(command);
      editable.prepend(document.createTextNode(text));
      return true;
    };
    const inputs = recordInputs(editable);
    expect(insertIntoEditable(editable, REPLY)).toBe(true);
    expect(commands).toEqual(['insertText']);
    expect(editable.textContent).toBe(REPLY);
    expect(inputs).toHaveLength(0);
  });

  it('falls back when insertText claims success but nothing landed', () => {
    const { document } = blankPage('<div contenteditable="true"></div>');
    (document as Document & { execCommand: unknown }).execCommand = () => true;
    const editable = document.querySelector<HTMLElement>('[contenteditable]')!;
    expect(insertIntoEditable(editable, REPLY)).toBe(true);
    expect(editable.innerHTML).toBe('Hi Emma,<br>your parcel is with UPS.');
  });

  it('leaves the text to an editor that handles beforeinput itself, without inserting it twice', () => {
    const { document } = blankPage('<div contenteditable="true"></div>');
    const editable = document.querySelector<HTMLElement>('[contenteditable]')!;
    editable.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      editable.append(document.createTextNode((event as InputEvent).data ?? ''));
    });
    expect(insertIntoEditable(editable, REPLY)).toBe(true);
    expect(editable.textContent).toBe(REPLY);
  });
});
