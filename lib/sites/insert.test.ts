import { describe, expect, it } from 'vitest';
import { amazonSellerCentral } from './amazon-seller-central';
import { gmail } from './gmail';
import { insertIntoEditable, insertIntoField } from './insert';
import { fixturePage, htmlPage } from './testing/fixture-page';

const REPLY = 'Hi Emma,\nyour parcel is with UPS.';
const EMMA_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';

function blankPage(body: string) {
  return htmlPage(`<!doctype html><html><body>${body}</body></html>`, 'https://example.test/');
}

function recordInputs(target: Element): InputEvent[] {
  const seen: InputEvent[] = [];
  target.addEventListener('input', (event) => seen.push(event as InputEvent));
  return seen;
}

describe('insertIntoField', () => {
  it('sets the value through the native setter, so a React-style value tracker sees the change', () => {
    const { document } = blankPage('<textarea>draft the agent kept</textarea>');
    const field = document.querySelector('textarea')!;
    // React keeps the last value it saw on the element itself; only a change behind its back fires onChange.
    let tracked = field.value;
    const native = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!;
    Object.defineProperty(field, 'value', {
      configurable: true,
      get: () => native.get!.call(field),
      set: (value: string) => {
        tracked = value;
        native.set!.call(field, value);
      },
    });
    let frameworkSawChange = false;
    field.addEventListener('input', () => (frameworkSawChange = field.value !== tracked));
    let changed = false;
    field.addEventListener('change', () => (changed = true));
    const inputs = recordInputs(field);

    expect(insertIntoField(field, REPLY)).toBe(true);
    expect(field.value).toBe(`${REPLY}\n\ndraft the agent kept`);
    expect(inputs.map((event) => [event.inputType, event.data])).toEqual([['insertText', REPLY]]);
    expect(frameworkSawChange).toBe(true);
    expect(changed).toBe(true);
  });
});

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

describe('site insertReply', () => {
  it('Gmail: clicks Reply when no reply box is open, waits for it, inserts on top; the pop-up draft is untouched', async () => {
    const { document, window } = fixturePage('gmail', '2026-11-24-busy-page.html', EMMA_URL);
    const popupBefore = document.querySelector('.AD [contenteditable]')!.innerHTML;
    const clicks: string[] = [];
    document.addEventListener('mousedown', (event) => {
      const reply = (event.target as Element).closest('[role=button].aaq');
      if (!reply) return;
      clicks.push(reply.getAttribute('aria-label')!);
      // Gmail opens the inline reply a moment later.
      window.setTimeout(() => {
        reply
          .closest('[role=listitem]')!
          .querySelector('.ip')!
          .insertAdjacentHTML(
            'beforeend',
            '<div class="M9"><div class="Am Al editable" role="textbox" contenteditable="true" g_editable="true"><div><br></div><div class="gmail_signature">-- Ava</div></div></div>',
          );
      }, 50);
    });
    expect(gmail.findReplyBox(document)).toBeNull();

    await expect(gmail.insertReply(document, REPLY)).resolves.toBe(true);
    expect(clicks).toEqual(['Reply']);
    const box = gmail.findReplyBox(document)!;
    expect(box.innerHTML.startsWith('Hi Emma,<br>your parcel is with UPS.')).toBe(true);
    expect(box.textContent).toContain('-- Ava');
    expect(document.querySelector('.AD [contenteditable]')!.innerHTML).toBe(popupBefore);

    // With the box open, a second insert does not click again.
    await expect(gmail.insertReply(document, 'Second line')).resolves.toBe(true);
    expect(clicks).toHaveLength(1);
  });

  it('Gmail: gives up when there is neither a reply box nor a Reply button', async () => {
    const { document } = htmlPage('<!doctype html><body><h2 class="hP">Subject</h2></body>', EMMA_URL);
    await expect(gmail.insertReply(document, REPLY)).resolves.toBe(false);
  });

  it('Amazon: fills the reply textarea', async () => {
    const { document } = fixturePage(
      'amazon-seller-central',
      '2026-11-24-buyer-waiting.html',
      'https://sellercentral.amazon.com/messaging/inbox',
    );
    const box = amazonSellerCentral.findReplyBox(document) as HTMLTextAreaElement;
    const inputs = recordInputs(box);
    await expect(amazonSellerCentral.insertReply(document, REPLY)).resolves.toBe(true);
    expect(box.value).toBe(REPLY);
    expect(inputs).toHaveLength(1);
  });

  it('Amazon: opens a closed reply area with its Reply button first', async () => {
    const { document } = fixturePage(
      'amazon-seller-central',
      '2026-11-24-buyer-waiting.html',
      'https://sellercentral.amazon.com/messaging/inbox',
    );
    const form = document.querySelector('[data-test-id="reply-form"]')!;
    const formHtml = form.outerHTML;
    form.outerHTML = '<button type="button" data-test-id="reply-button">Reply</button>';
    const button = document.querySelector('[data-test-id="reply-button"]')!;
    button.addEventListener('click', () => button.insertAdjacentHTML('afterend', formHtml));
    await expect(amazonSellerCentral.insertReply(document, REPLY)).resolves.toBe(true);
    expect((amazonSellerCentral.findReplyBox(document) as HTMLTextAreaElement).value).toBe(REPLY);
  });
});
