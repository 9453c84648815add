import { describe, expect, it } from 'vitest';
import { fixturePage } from '../testing/fixture-page';
import { helpScoutReplyBox } from './help-scout';

const JONAS_URL = 'https://secure.helpscout.net/conversation/2211000000/4131';

describe('help-scout reply box', () => {
  it('opens the reply editor with Reply and finds only a visible Slate editable', () => {
    const page = fixturePage('help-scout', '2026-11-24-agent-replied-last.html', JONAS_URL);
    const container = page.document.querySelector<HTMLElement>('[data-cy=ConvoEditor]')!;
    container.innerHTML = '<div data-slate-editor="true" role="textbox" aria-label="Reply Editor" contenteditable="true"></div>';
    // happy-dom has no user-agent style sheet for [hidden]: hide it as the app's CSS does.
    container.setAttribute('style', 'display: none');
    expect(helpScoutReplyBox.findReplyBox(page.document)).toBeNull();
    page.document.querySelector('[data-cy=reply-button]')!.addEventListener('click', () => container.removeAttribute('style'));
    page.document.querySelector<HTMLElement>('[data-cy=reply-button]')!.click();
    expect(helpScoutReplyBox.findReplyBox(page.document)).toBe(container.firstElementChild);
  });

  it('types the reply as beforeinput events that a Slate-like editor applies to its own model', async () => {
    const page = fixturePage('help-scout', '2026-11-24-agent-replied-last.html', JONAS_URL);
    const container = page.document.querySelector<HTMLElement>('[data-cy=ConvoEditor]')!;
    container.removeAttribute('hidden');
    // An empty Slate editor shows its placeholder as a non-editable, aria-hidden span: not a draft.
    container.innerHTML =
      '<div data-slate-editor="true" role="textbox" contenteditable="true"><p><span contenteditable="false" aria-hidden="true">Reply…</span></p></div>';
    const editable = container.firstElementChild as HTMLElement;
    // Like Slate: take every beforeinput, keep the document as blocks, render it from the model.
    const blocks = [''];
    editable.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      const { inputType, data } = event as InputEvent;
      if (inputType === 'insertParagraph') blocks.push('');
      else if (inputType === 'insertText') blocks[blocks.length - 1] += data ?? '';
      editable.innerHTML = blocks.map((block) => `<p>${block}</p>`).join('');
    });
    expect(await helpScoutReplyBox.insertReply(page.document, 'Hallo Jonas,\n\ndeine Decke ist unterwegs.')).toBe(true);
    expect(blocks).toEqual(['Hallo Jonas,', '', 'deine Decke ist unterwegs.']);
  });
});
