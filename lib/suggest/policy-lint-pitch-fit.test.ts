import { describe, expect, it } from 'vitest';
import { findSoftPitches } from '@/lib/suggest/policy-lint-pitch';
import { amazonFlags } from '@/lib/testing/amazon-lint';

// Eleventh pass: a product of ours said to fit what the buyer has sells it, with no link and no price.
describe('findSoftPitches: another product of ours that fits what the buyer has', () => {
  it.each([
    'Should the old blade get dull, the ceramic ones we make clip onto your slicer in seconds.',
    'The cosy from the same studio goes with your teapot really well.',
    'Unsere Abdeckhaube passt übrigens auch wunderbar auf Ihren Grill.',
    'Zu Ihrer Kanne passt das Sieb aus derselben Edelstahl-Linie ganz prima.',
    "Nous fabriquons aussi un plateau qui s'adapte très bien à votre desserte.",
    'La tapa de nuestra misma serie encaja muy bien con su sartén honda.',
    '저희 공방에서 만든 덮개가 고객님 화분에 딱 맞아요.',
    '当店オリジナルのスタンドもお手持ちのケトルにぴったり合います。',
  ])('flags %s', (text) => {
    expect(findSoftPitches(text)).toHaveLength(1);
    expect(amazonFlags(text, 'marketing')).toBe(true);
  });

  it.each([
    // the buyer asked, in the same sentence or the one before
    'Yes, the slicer blades we sell clip onto your model as well.',
    'Thanks for asking. The cosy we make goes with your teapot, the 1.2 litre one.',
    'Die Abdeckhaube, nach der Sie gefragt haben, passt von uns aus auf Ihren Grill.',
    'Oui, le plateau que vous avez demandé, nous le fabriquons pour votre desserte et il va avec votre modèle.',
    'Sí, la tapa de nuestra serie por la que preguntó encaja con su sartén de 26 cm.',
    '문의하신 저희 덮개는 고객님 화분에 딱 맞습니다.',
    'ご質問いただいた当店のスタンドは、お手持ちのケトルにも合います。',
    // what the buyer ordered, a check the seller made, a replacement, a fit with no product of ours
    'The blades you ordered from our shop clip onto your slicer without tools.',
    'We measured it: our 30 cm stand fits your kettle base with room to spare.',
    'The replacement lid we make fits your pan and is already in the post.',
    'Glad to hear the lid fits your pan so well.',
  ])('leaves %s alone', (text) => {
    expect(findSoftPitches(text)).toHaveLength(0);
  });
});
