import { Liquid, Tokenizer } from 'liquidjs';
import { afterEach, describe, expect, it } from 'vitest';
import { byIndexOf, characterByCharacter } from '@/lib/templates/liquid-text-scan';
import { STARTER_PACK } from '@/lib/templates/starter-pack';

const BODIES = [
  '',
  'plain text only',
  'Hi {{ customer.first_name }},\n\nthanks.',
  '{{ a }}{{ b }}{% if x %}yes{% endif %}',
  'ends with an opener {',
  'ends with an opener {{',
  'a { b } c {x} {%- if y -%} z {%- endif -%} {{- w -}}',
  '{% raw %}{{ not parsed }} {% endraw %} after {{ v }}',
  '{% comment %} {{ hidden }} {% endcomment %}tail',
  'unclosed {{ output',
  'unclosed {% tag',
  '{{ "}}" }} quoted',
  '{% liquid\n assign a = 1\n echo a %}',
  ...STARTER_PACK.templates.map((t) => t.body),
];

afterEach(() => {
  Tokenizer.prototype.readHTMLToken = byIndexOf;
});

function tokens(body: string, read: typeof byIndexOf): unknown {
  Tokenizer.prototype.readHTMLToken = read;
  try {
    return new Tokenizer(body).readTopLevelTokens().map((t) => [t.kind, t.begin, t.end, t.getText()]);
  } catch (error) {
    return String(error);
  }
}

function parsed(body: string, read: typeof byIndexOf): unknown {
  Tokenizer.prototype.readHTMLToken = read;
  try {
    return new Liquid().parse(body).map((t) => [t.token.kind, t.token.begin, t.token.end]);
  } catch (error) {
    return String(error);
  }
}

describe('liquidjs text scan by indexOf', () => {
  it('is installed', () => {
    expect(Tokenizer.prototype.readHTMLToken).toBe(byIndexOf);
  });

  it.each(BODIES.map((body, i) => [i, body]))('gives the same tokens and parse as liquidjs (body %i)', (_, body) => {
    expect(tokens(body, byIndexOf)).toEqual(tokens(body, characterByCharacter));
    expect(parsed(body, byIndexOf)).toEqual(parsed(body, characterByCharacter));
  });

  it('stops at the end of a range, like liquidjs', () => {
    const body = 'abc {{ x }} def';
    for (const read of [byIndexOf, characterByCharacter]) {
      const token = read.call(new Tokenizer(body, undefined, undefined, [0, 2]), ['{{', '{%']);
      expect([token.begin, token.end]).toEqual([0, 2]);
    }
  });
});
