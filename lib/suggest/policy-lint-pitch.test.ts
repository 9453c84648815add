import { describe, expect, it } from 'vitest';
import { findSoftPitches } from '@/lib/suggest/policy-lint-pitch';
import { amazonCodes } from '@/lib/testing/amazon-lint';

describe('findSoftPitches: another product pitched without a shop word', () => {
  it.each([
    'The coordinating throw in oatmeal would finish your sofa off beautifully, if you fancy it.',
    'Our bowls come in the same glaze too, and we also make the side plates.',
    'This lantern goes wonderfully with the solar string lights we sell.',
    'Lots of buyers who order this tent also add the groundsheet.',
    'Die passenden Servietten runden den Tisch schön ab.',
    'Viele Käufer, die den Rasierer bestellt haben, holen sich auch die Klingen dazu.',
    'Le plaid assorti habille joliment le canapé.',
    'Les clients qui achètent ce moulin prennent aussi le presse-ail.',
    'Los cojines a juego quedan preciosos con el sofá.',
    'Muchos compradores que eligen esta sartén añaden también la tapa.',
    '같은 디자인의 컵받침과 함께 쓰시면 더 잘 어울립니다.',
    '이 가방을 구매하신 분들이 파우치도 함께 구입하십니다.',
    '同じシリーズのマグカップもございますので、ぜひどうぞ。',
    'この鍋をお求めの方は、お玉も一緒にお選びになります。',
    // phrases that pitch by themselves, and a crowd defined by liking the product
    'If you want something to go with it, the slate coasters are a great match.',
    'Fancy completing the look with a tan belt, the perfect partner for these shoes?',
    'Our oak tray would look stunning next to it, if you fancy a treat.',
    'People who love this soap usually pick up the matching dish too.',
    'Wer den Mixer mag, holt sich oft auch den passenden Becher.',
    'Pour compléter l’ensemble, les sets de table assortis sont parfaits.',
    'Para completar el conjunto, los manteles a juego son ideales.',
    '세트로 구매하시면 더 예쁘게 쓰실 수 있어요.',
    'こちらと合わせてお使いいただけるトレーもございます。',
    'Avec la théière, les tasses de la même gamme forment un joli duo.',
  ])('flags %s', (text) => {
    expect(findSoftPitches(text)).toHaveLength(1);
    expect(amazonCodes(text)).toContain('marketing');
  });

  it.each([
    'So glad the scarf goes nicely with your coat!',
    'The charger goes with the 2022 model only, so please check yours first.',
    "We've included the matching screws so the shelf sits nicely on the wall.",
    'Glad the matching set arrived safely and looks gorgeous on your table.',
    'The replacement cushion cover is in the same colour as your sofa.',
    'Many customers have also asked about the delay; we are sorry for it.',
    'Customers who ordered before Monday will also get their parcels by Friday.',
    'Wir haben die passende Schraube beigelegt, damit alles wunderbar hält.',
    'La pièce de rechange assortie à votre modèle part aujourd’hui.',
    'La tapa de repuesto a juego con tu olla ya está en camino.',
    '같은 색상의 교환 상품을 오늘 발송했습니다.',
    '同じ柄の交換品を本日発送いたしました。',
    'Lovely to hear the lamp is a perfect match for your desk!',
    'Glad the curtains look great together with your blinds.',
    'Your second parcel completes the set you ordered.',
    'Customers who order before noon usually also get next-day delivery.',
    'People who like a firmer pillow often also find the foam settles after a week.',
    'Es ist ideal, wenn Sie die passende Dichtung vor dem Einbau anfeuchten.',
    'Wer vor 12 Uhr bestellt, bekommt die Ware auch am Samstag.',
    'We put the spare key next to it in the box.',
    'Perfect, we will send the larger size as an exchange today.',
    '当店では発送後のご住所変更を承っておりません。',
  ])('passes %s', (text) => {
    expect(findSoftPitches(text)).toEqual([]);
    expect(amazonCodes(text)).not.toContain('marketing');
  });

  it('spans the pitching sentence only', () => {
    const reply = 'Your parcel left today. The matching napkins would finish the table off nicely.';
    expect(findSoftPitches(reply).map((s) => reply.slice(s.start, s.end))).toEqual([
      'The matching napkins would finish the table off nicely.',
    ]);
  });
});
