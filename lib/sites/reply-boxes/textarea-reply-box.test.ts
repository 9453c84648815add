import { describe, expect, it } from 'vitest';
import { textareaReplyBox } from '@/lib/sites/reply-boxes/textarea-reply-box';

/** A page whose "Write back" button adds the note field, as a closed composer does. */
function closedComposer(): Document {
  document.body.innerHTML = '<button id="write-back">Write back</button>';
  document.querySelector('#write-back')!.addEventListener('click', () => {
    document.body.insertAdjacentHTML('beforeend', '<textarea id="note"></textarea>');
  });
  return document;
}

const findNote = (doc: Document) => doc.querySelector<HTMLTextAreaElement>('#note');

describe('textareaReplyBox', () => {
  it('clicks the opener when the textarea is closed, then types into it', async () => {
    const doc = closedComposer();
    const box = textareaReplyBox({ findBox: findNote, opener: '#write-back' });
    expect(box.findReplyBox(doc)).toBeNull();
    expect(await box.insertReply(doc, 'Thanks, the spare part is on its way.')).toBe(true);
    expect(findNote(doc)!.value).toBe('Thanks, the spare part is on its way.');
  });

  it('clicks nothing without an opener: a closed box stays closed and nothing is typed', async () => {
    const doc = closedComposer();
    const box = textareaReplyBox({ findBox: findNote });
    expect(await box.insertReply(doc, 'Thanks.')).toBe(false);
    expect(findNote(doc)).toBeNull();
  });
});
