import { describe, expect, it } from 'vitest';
import { renderMessage } from '@/lib/i18n/local-message';
import { UI_LOCALES } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import { liquidErrorMessage } from '@/lib/templates/liquid-error';
import { templateSyntaxError } from '@/lib/templates/render';

const BROKEN = {
  unknownTag: 'Hello {% iff order %}x',
  outputNotClosed: 'Your order {{ order.number',
  tagNotClosed: '{% if order %}shipped',
  illegalTag: '{% for %}',
} as const;

describe('Liquid errors', () => {
  it('are told apart from LiquidJS’s own words, with the tag and where it is', () => {
    for (const [kind, body] of Object.entries(BROKEN)) {
      const message = liquidErrorMessage(templateSyntaxError(body)!);
      expect(message.key, body).toBe(`templates.liquid.${kind}`);
      expect(message.values).toMatchObject({ line: '1' });
    }
    expect(renderMessage(liquidErrorMessage(templateSyntaxError(BROKEN.unknownTag)!))).toBe('there is no tag "iff" (line 1, column 7)');
  });

  it('are worded in every interface language; an unknown kind keeps LiquidJS’s words', () => {
    for (const locale of UI_LOCALES) {
      const { t } = translator(locale);
      for (const body of Object.values(BROKEN)) {
        const text = renderMessage(liquidErrorMessage(templateSyntaxError(body)!), t);
        expect(text, `${locale} ${body}`).not.toMatch(/line:|col:|[{}]\s*$/);
        if (locale !== 'en') expect(text).not.toBe(renderMessage(liquidErrorMessage(templateSyntaxError(body)!)));
      }
    }
    expect(renderMessage(liquidErrorMessage(templateSyntaxError(BROKEN.tagNotClosed)!), translator('ko').t)).toBe(
      '{% if order %}이(가) 닫히지 않았습니다(1행 1열)',
    );
    expect(liquidErrorMessage('something new')).toEqual({ key: 'templates.liquid.other', values: { detail: 'something new' } });
  });
});
