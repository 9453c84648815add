import { describe, expect, it } from 'vitest';
import { onlyPlainOutputs } from '@/lib/templates/plain-outputs';
import { parsedSyntaxError, templateSyntaxError } from '@/lib/templates/render';

const LIMIT = 200_000;

/** Pieces a body is made of: text, plain outputs, and everything near them that is not one. */
const PIECES = [
  'Hi ',
  ',\n\n',
  'Your order ',
  ' – danke! ',
  '}}',
  '}',
  '{',
  '{{ customer.first_name }}',
  '{{order.number}}',
  '{{- shop.signature -}}',
  '{{\n  order.tracking_number\n}}',
  '{{ _private.x_1 }}',
  '{{{ order.number }}}',
  '{{ true.x }}',
  '{{ empty }}',
  '{{ order.and }}',
  '{{ order.number | upcase }}',
  '{{ order.number | nosuchfilter }}',
  '{{ order.items[0] }}',
  '{{ order.1 }}',
  '{{ order. number }}',
  '{{ order..number }}',
  '{{ }}',
  '{{ order.number',
  '{{ "text" }}',
  '{{ -x }}',
  '{% if order %}',
  '{% endif %}',
  '{% raw %}{{ x }}{% endraw %}',
];

/** Deterministic pseudo-random bodies of 1 to 6 pieces. */
function* bodies(count: number): Generator<string> {
  let state = 7;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
  for (let i = 0; i < count; i++) {
    const length = 1 + (next() % 6);
    yield Array.from({ length }, () => PIECES[next() % PIECES.length]).join('');
  }
}

describe('onlyPlainOutputs', () => {
  it('never calls a body plain that liquidjs refuses, over 20,000 generated bodies', () => {
    let plain = 0;
    for (const body of bodies(20_000)) {
      if (!onlyPlainOutputs(body, LIMIT)) continue;
      plain++;
      expect(parsedSyntaxError(body), body).toBeNull();
    }
    // The shortcut is taken, not only refused.
    expect(plain).toBeGreaterThan(500);
  });

  it('takes plain reply bodies and leaves tags, filters, literals and stray braces to liquidjs', () => {
    expect(onlyPlainOutputs('Hi {{ customer.first_name }},\n\nYour order {{order.number}} shipped.\n\n{{- shop.signature -}}', LIMIT)).toBe(
      true,
    );
    expect(onlyPlainOutputs('No variables at all } {', LIMIT)).toBe(true);
    for (const body of ['{{{ x }}}', '{{ x | upcase }}', '{% if x %}y{% endif %}', '{{ true }}', '{{ x', '{{ x[0] }}', '{{ }}']) {
      expect(onlyPlainOutputs(body, LIMIT), body).toBe(false);
    }
    expect(onlyPlainOutputs(`{{ x }}${'a'.repeat(LIMIT)}`, LIMIT)).toBe(false);
  });

  it('keeps syntax errors exact: a broken body still gets liquidjs words', () => {
    expect(templateSyntaxError('Hi {{ order.number')).toBe(parsedSyntaxError('Hi {{ order.number'));
    expect(templateSyntaxError('Hi {{ order.number')).toMatch(/not closed/);
    expect(templateSyntaxError('{{ x | nosuchfilter }}')).toMatch(/nosuchfilter/);
    expect(templateSyntaxError(`{{ x }}${'a'.repeat(LIMIT)}`)).toMatch(/parse length/);
  });
});
