import { describe, expect, it } from 'vitest';
import { tellsFault } from '@/lib/suggest/lead-cues';

/** Session 21: faults held-out 21 told in words lead-cues' fault list lacked (no sound, no charge, a crack, a zip given way). */
describe('tellsFault: sound, charging, cracks', () => {
  it.each([
    'The right earbud has no sound since Monday.',
    'Der Kopfhörer lädt nicht mehr.',
    'La fermeture éclair a lâché au bout de six jours.',
    'El mate tiene una rajadura al costado.',
    '오른쪽 이어폰이 갑자기 소리가 안 나요.',
    '右側のイヤホンから音が出なくなりました。',
  ])('%j tells a fault', (clause) => {
    expect(tellsFault(clause)).toBe(true);
  });

  it('tells none where the sound or the charge works', () => {
    expect(tellsFault('The sound is great and it charges fast.')).toBe(false);
  });
});
