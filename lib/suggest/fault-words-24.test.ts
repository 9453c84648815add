import { describe, expect, it } from 'vitest';
import { tellsFault } from '@/lib/suggest/lead-cues';

/** Session 24: a coating or a finish coming off, a fault held-out 24 told in words lead-cues' fault list lacked (tuned on). */
describe('tellsFault: a coating or finish coming off', () => {
  it.each([
    'The non-stick coating on the frying pan is peeling off after a month.',
    'Die Beschichtung der Pfanne blättert ab.',
    "L'émail de la casserole s'écaille déjà.",
    'El esmalte de la olla se descascara por dentro.',
    '프라이팬 코팅이 두 달 만에 벗겨졌어요.',
    'フライパンの塗装が一か月で剥がれてきました。',
  ])('%j tells a fault', (clause) => {
    expect(tellsFault(clause)).toBe(true);
  });
});
