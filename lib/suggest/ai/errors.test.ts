import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '@/lib/i18n/local-message';
import { UI_LOCALES } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import { AI_PROBLEM_CODES, aiProblem, aiUnavailable, toAiProblem, unavailableMessage, type AiFeature } from '@/lib/suggest/ai/errors';

const FEATURES: AiFeature[] = ['draft', 'rewrite', 'summary', 'opinion', 'test'];

function apiError(status: number, body: object = {}, headers: Record<string, string> = {}): APIError {
  return APIError.generate(status, body, 'refused', new Headers(headers));
}

describe('AI problems', () => {
  it('keep the status, the model and the wait the server gave as values', () => {
    expect(toAiProblem(apiError(401), 'gpt-5-mini')).toMatchObject({ code: 'bad_key', values: { status: 401 } });
    expect(toAiProblem(apiError(404, { error: { message: 'The model `gpt-9` does not exist' } }), 'gpt-9')).toMatchObject({
      code: 'model_not_found',
      values: { status: 404, model: 'gpt-9' },
    });
    expect(toAiProblem(apiError(404), 'gpt-9').code).toBe('wrong_url');
    expect(toAiProblem(apiError(429, {}, { 'retry-after': '7.2' }), 'm')).toMatchObject({ code: 'rate_limited', values: { seconds: 8 } });
    expect(toAiProblem(apiError(503), 'm')).toMatchObject({ code: 'server_error', values: { status: 503 } });
    expect(toAiProblem(apiError(418), 'm')).toMatchObject({ code: 'bad_request', values: { status: 418 } });
    expect(toAiProblem(new APIConnectionTimeoutError(), 'm').code).toBe('timeout');
    expect(toAiProblem(new APIConnectionError({ message: 'down' }), 'm').code).toBe('unreachable');
    expect(toAiProblem(new Error('?'), 'm').code).toBe('server_error');
  });

  it('keep an English reason from the catalog, the same words the English interface shows', () => {
    const problem = toAiProblem(apiError(429, {}, { 'retry-after': '30' }), 'm');
    expect(problem.reason).toBe('the AI service is rate limiting requests (429); try again in 30 s');
    expect(unavailableMessage(problem)).toBe(`AI draft unavailable: ${problem.reason}, showing templates.`);
    expect(unavailableMessage(aiProblem('rate_limited', { status: 429 }), 'rewrite')).toBe(
      'Rewrite unavailable: the AI service is rate limiting requests (429); your reply is unchanged.',
    );
    expect(aiProblem('server_error').reason).toBe('the AI service failed unexpectedly');
  });

  it('are worded in every interface language, each code in each note, with its values shown', () => {
    const problems = AI_PROBLEM_CODES.map((code) => aiProblem(code, { status: 429, model: 'llama3.2', seconds: 12 }));
    for (const locale of UI_LOCALES) {
      const { t } = translator(locale);
      for (const problem of problems)
        for (const feature of FEATURES) {
          const text = renderMessage(aiUnavailable(feature, problem), t);
          expect(text, `${locale} ${problem.code} ${feature}`).not.toMatch(/[{}]/);
          if (problem.code === 'model_not_found') expect(text).toContain('llama3.2');
          if (problem.code === 'rate_limited') expect(text).toMatch(/12/);
          if (['bad_key', 'forbidden', 'bad_request', 'rate_limited'].includes(problem.code)) expect(text).toContain('429');
          if (locale !== 'en') expect(text, `${locale} ${problem.code}`).not.toContain(renderMessage(aiUnavailable(feature, problem)));
        }
    }
  });

  it('say an AI draft failed in Korean in a Korean panel', () => {
    const { t } = translator('ko');
    expect(renderMessage(aiUnavailable('draft', aiProblem('bad_key', { status: 401 })), t)).toBe(
      'AI 초안을 사용할 수 없습니다: API 키가 거부되었습니다(401). 설정에서 키를 확인하십시오. 대신 템플릿을 표시합니다.',
    );
    expect(renderMessage(aiUnavailable('draft', aiProblem('rate_limited', { status: 429 })), t)).toBe(
      'AI 초안을 사용할 수 없습니다: AI 서비스가 요청 수를 제한하고 있습니다(429). 대신 템플릿을 표시합니다.',
    );
  });
});
