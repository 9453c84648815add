import { describe, expect, it } from 'vitest';
import { insertIntoRichEditor } from './insert-rich';
import { htmlPage } from './testing/fixture-page';

// The real editors (CKEditor 5, Froala, Draft.js) are exercised in Chromium by the e2e specs; these
// stand-ins only model how each kind of editor reacts to events, to pin the order of attempts.
const REPLY = 'Hi Emma,\n\nyour parcel is with UPS.\nBest, Northwind';

function editorPage() {
  const page = htmlPage('<!doctype html><div id="editor" contenteditable="true"><p><br></p></div>', 'https://example.test/');
  return { ...page, editable: page.document.querySelector<HTMLElement>('#editor')! };
}

/** An editor with its own model (text with a caret, `\n` between paragraphs) that renders it as paragraphs. */
function modelEditor(editable: HTMLElement, initial = '') {
  const model = { text: initial, caret: 0 };
  const render = () => {
    editable.innerHTML = model.text
      .split('\n')
      .map((line) => `<p>${line || '<br>'}</p>`)
      .join('');
  };
  render();
  return {
    model,
    render,
    type(event: InputEvent) {
      const typed = event.inputType === 'insertParagraph' ? '\n' : (event.data ?? '');
      model.text = model.text.slice(0, model.caret) + typed + model.text.slice(model.caret);
      model.caret += typed.length;
      render();
    },
  };
}

describe('insertIntoRichEditor', () => {
  it('types into an editor that takes beforeinput (ProseMirror, Slate style): one line per paragraph, no paste', async () => {
    const { editable } = editorPage();
    const editor = modelEditor(editable);
    let pasted = false;
    editable.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      editor.type(event as InputEvent);
    });
    editable.addEventListener('paste', () => (pasted = true));

    expect(await insertIntoRichEditor(editable, REPLY)).toBe(true);
    expect(editor.model.text).toBe(REPLY);
    expect(pasted).toBe(false);
  });

  it("keeps typing when the editor queues typed text without cancelling it (CKEditor 5's typing queue)", async () => {
    const { editable, window } = editorPage();
    const editor = modelEditor(editable);
    const queue: InputEvent[] = [];
    const flush = () => queue.splice(0).forEach((event) => editor.type(event));
    editable.addEventListener('beforeinput', (event) => {
      const input = event as InputEvent;
      if (input.inputType === 'insertText') {
        queue.push(input);
        window.setTimeout(flush, 50);
      } else {
        event.preventDefault();
        flush();
        editor.type(input);
      }
    });

    expect(await insertIntoRichEditor(editable, REPLY)).toBe(true);
    expect(editor.model.text).toBe(REPLY);
  });

  it('pastes plain text into an editor that ignores beforeinput but takes a paste (Draft.js), rendered a moment later', async () => {
    const { editable, window } = editorPage();
    const editor = modelEditor(editable);
    editable.addEventListener('paste', (event) => {
      event.preventDefault();
      const text = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      window.setTimeout(() => {
        editor.model.text = text;
        editor.render();
      }, 30);
    });

    expect(await insertIntoRichEditor(editable, REPLY)).toBe(true);
    expect(editor.model.text).toBe(REPLY);
  });

  it("falls back to the browser's own editing when no editor takes typing or pasting (Froala, plain contenteditable)", async () => {
    const { editable } = editorPage();
    const inputs: string[] = [];
    editable.addEventListener('input', (event) => inputs.push((event as InputEvent).inputType));

    expect(await insertIntoRichEditor(editable, REPLY)).toBe(true);
    expect(editable.textContent).toContain('Hi Emma,');
    expect(editable.textContent).toContain('Best, Northwind');
    expect(inputs).toEqual(['insertText']);
  });

  it("puts the reply above the agent's draft, a blank line between them", async () => {
    const { editable } = editorPage();
    const editor = modelEditor(editable, 'Draft the agent kept');
    editable.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      editor.type(event as InputEvent);
    });

    expect(await insertIntoRichEditor(editable, 'Hi Emma')).toBe(true);
    expect(editor.model.text).toBe('Hi Emma\n\nDraft the agent kept');
  });

  it("falls back to the browser's editing with one blank line above the agent's draft", async () => {
    const { editable } = editorPage();
    editable.innerHTML = '<p>Draft the agent kept</p>';
    expect(await insertIntoRichEditor(editable, 'Hi Emma')).toBe(true);
    expect(editable.innerHTML).toBe('Hi Emma<br><br><p>Draft the agent kept</p>');
  });

  it('returns false instead of throwing when the editor throws', async () => {
    const { editable } = editorPage();
    editable.focus = () => {
      throw new Error('editor crashed');
    };
    expect(await insertIntoRichEditor(editable, REPLY)).toBe(false);
  });
});
