import { describe, expect, it } from 'vitest';
import { insertIntoField } from './insert';
import { htmlPage } from './testing/fixture-page';
import { recordInputs } from './testing/record-inputs';

const REPLY = 'Hi Emma,\nyour parcel is with UPS.';

function blankPage(body: string) {
  return htmlPage(`<!doctype html><html><body>${body}</body></html>`, 'https://example.test/');
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
