/**
 * Types one token into a tag-style input and presses Enter, the way helpdesk tag pickers
 * (Zendesk Garden's multiselect, Freshdesk's, Gorgias's) expect: the framework-controlled value
 * is set through the prototype's setter, announced with an `input` event, then Enter is pressed.
 */
function nativeSetter(input: HTMLInputElement): ((value: string) => void) | undefined {
  const win = input.ownerDocument.defaultView;
  const proto = win ? win.HTMLInputElement.prototype : Object.getPrototypeOf(input);
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set;
}

export function typeToken(input: HTMLInputElement, token: string): void {
  const win = input.ownerDocument.defaultView ?? window;
  input.focus();
  const set = nativeSetter(input);
  if (set) set.call(input, token);
  else input.value = token;
  input.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertText', data: token }));
  const key = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true };
  input.dispatchEvent(new win.KeyboardEvent('keydown', key));
  input.dispatchEvent(new win.KeyboardEvent('keyup', key));
}
