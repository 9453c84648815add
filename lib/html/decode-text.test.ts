import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

describe('decodeText', () => {
  it('decodes the references mail is full of, and any other named or numeric one', () => {
    expect(decodeText('Tom &amp; Jerry&nbsp;&lt;3 &#39;hi&#39;')).toBe("Tom & Jerry\u00a0<3 'hi'");
    expect(decodeText('caf&eacute; &#x263A; &#8364;')).toBe('café ☺ €');
  });

  it('leaves text without a reference, and a lone ampersand, as they are', () => {
    expect(decodeText('fish & chips')).toBe('fish & chips');
    expect(decodeText('no entities here')).toBe('no entities here');
  });
});
