import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

// Our own support-style sentences, one per language we care about most.
const SAMPLES: Record<string, string[]> = {
  en: ['My parcel has not arrived yet, can you check?', 'I would like to return the shoes, they are too small.'],
  de: ['Mein Paket ist noch nicht angekommen, können Sie nachsehen?', 'Ich möchte die Schuhe zurückschicken, sie sind zu klein.'],
  fr: ["Mon colis n'est pas encore arrivé, pouvez-vous vérifier ?", 'Je voudrais retourner les chaussures, elles sont trop petites.'],
  es: ['Mi paquete todavía no ha llegado, ¿pueden comprobarlo?', 'Quisiera devolver los zapatos, son demasiado pequeños.'],
  it: ['Il mio pacco non è ancora arrivato, potete controllare?', 'Vorrei restituire le scarpe, sono troppo piccole.'],
  nl: ['Mijn pakket is nog niet aangekomen, kunt u het nakijken?', 'Ik wil de schoenen terugsturen, ze zijn te klein.'],
  pt: ['O meu pacote ainda não chegou, podem verificar?', 'Gostaria de devolver os sapatos, são muito pequenos.'],
  ko: ['택배가 아직 도착하지 않았습니다. 확인해 주실 수 있나요?', '환불해 주세요'],
  ja: ['荷物がまだ届いていません。確認していただけますか？', '返金してください'],
};

describe('detectLanguage', () => {
  for (const [language, sentences] of Object.entries(SAMPLES)) {
    it.each(sentences)(`reads ${language}: %s`, (sentence) => {
      expect(detectLanguage(sentence)).toBe(language);
    });
  }

  it('ignores order numbers, links and addresses around the words', () => {
    expect(detectLanguage('Bestellung #10234: https://shop.example/track?id=1 bitte prüfen, wo bleibt mein Paket? jane@example.test')).toBe('de');
  });

  it('returns null when the text is too short or has no words', () => {
    for (const text of ['', 'Hi,', 'Thanks!', 'Refund please', 'Order #1047 arrived broken', 'My item came damaged.', 'Has my refund been processed yet?', '#1001', '114-3941689-8772232', '   ']) {
      expect(detectLanguage(text)).toBeNull();
    }
  });

  it('reads only the start of a huge text', () => {
    const huge = `Where is my parcel? It has not arrived yet. ${'x'.repeat(5_000_000)}`;
    const started = performance.now();
    expect(detectLanguage(huge)).toBe('en');
    expect(performance.now() - started).toBeLessThan(500);
  });
});
