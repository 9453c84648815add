import { describe, expect, it } from 'vitest';
import { findReviewSolicitations } from '@/lib/suggest/policy-lint-solicit';
import { amazonCodes, expectNoSolicitation, expectOneSolicitation } from '@/lib/testing/amazon-lint';

describe('findReviewSolicitations: a review asked for in words no phrase list holds', () => {
  it.each([
    'Once you have had a chance to use it, could you jot down a line or two about it for other shoppers?',
    'We would be grateful if you could amend the score now that everything works.',
    'Would you be willing to take your comment down?',
    'Vielleicht mögen Sie anderen Käufern Ihre Meinung zur Mühle mitteilen?',
    'Könnten Sie die Sterne vielleicht noch einmal überdenken?',
    'Pourriez-vous partager votre ressenti sur la fiche produit ?',
    'Si dejas tus estrellas en Amazon, te regalamos el envío.',
    '괜찮으시면 상품 페이지에 소감 한마디 남겨 주세요.',
    'よろしければ他のお客様のためにご感想をお願いします。',
    // the fourth pass: softer asks, photos for a reward, German zu-infinitives
    'If you get a chance, a couple of words on the Amazon listing about the lamp would be lovely.',
    'Anyone who posts a picture of their mug on the product page gets a free coaster.',
    'Ein paar Zeilen zu Ihrer Erfahrung auf der Produktseite würde uns sehr freuen.',
    'Un petit mot sur Amazon nous aiderait beaucoup.',
    'Tu opinión en Amazon nos ayudarían a crecer, de verdad.',
    '商品ページでご意見を一言いただけると励みになります。',
  ])('flags %s', expectOneSolicitation);

  it.each([
    'Thank you for your feedback about the box; we have told the warehouse.',
    'Could you send a photo of the label so we can review it with the courier?',
    'Please note that the replacement ships on Monday.',
    'Merci pour votre avis, nous changeons de transporteur.',
    'Gracias por tu opinión sobre el embalaje.',
    'Vielen Dank für Ihre Rückmeldung zur Lieferung.',
    '소중한 의견 감사합니다.',
    'ご意見をいただきありがとうございます。',
    'Which colour would you like for the replacement? Let us know your thoughts.',
    'Vielen Dank für Ihre Bewertung, wir geben den Hinweis an den Hersteller weiter.',
    'Please attach photos of the damage on Amazon when you open the return.',
    'Gracias por su valoración; ya hemos cambiado el embalaje.',
    'レビューをお寄せいただき、誠にありがとうございます。',
    'If you have a moment, could you confirm the flat number for the courier?',
  ])('passes %s', expectNoSolicitation);

  it('spans the asking sentence only, in the reply as given', () => {
    const reply = 'Your parcel left today.  Could you tell us what you think on the listing?';
    const [span] = findReviewSolicitations(reply);
    expect(reply.slice(span!.start, span!.end)).toBe('Could you tell us what you think on the listing?');
  });
});

describe('findReviewSolicitations, fifth pass: an ask, a telling verb or a view, and an audience; a rating revised', () => {
  it.each([
    'When you have a sec, let other dog owners know how the harness holds up.',
    'Could you spread the word about the grinder to people looking for one?',
    'It would help us a lot if you could tell future customers how the sofa cover fits.',
    'Would you consider updating what you wrote about us now that the refund is through?',
    'Könnten Sie anderen Eltern erzählen, wie gut der Kinderwagen ist?',
    'Es wäre toll, wenn Sie künftigen Käufern Ihre Erfahrung auf der Artikelseite mitteilen würden.',
    'Pourriez-vous dire aux autres parents ce que vous pensez du siège ?',
    'Faites savoir aux futurs clients comment se passe la machine, ça nous aiderait.',
    '¿Podrías contarles a otros clientes qué te pareció la mochila?',
    'Diles a otros compradores cómo te fue con el colchón en la ficha.',
    '다른 분들께 사용해 보신 소감을 공유해 주시면 감사하겠습니다.',
    '他のお客様に使い心地を教えていただけると助かります。',
    'Now that it is sorted, could the two-star rating you gave be updated?',
  ])('flags %s', expectOneSolicitation);

  // Telling us (not other buyers), "the others" (items), Your Orders for a return, a gift note.
  it.each([
    'Could you let us know whether the others arrived in one piece?',
    'Please write to us here: other customers with this model got a new charger within a week.',
    'Please go to Your Orders, select the item and write a short note on why you are returning it.',
    'Could you update the gift note you wrote so we can print it?',
    'Could you change the delivery comment you left at checkout?',
    'Pourriez-vous nous dire ce qui est indiqué sur la fiche de livraison ?',
    'Dites-nous si le colis est bien en ligne sur le suivi.',
    '다른 분께 선물하셨다면 알려 주세요.',
    'Your feedback will help us improve the packaging.',
    'Tell us which size you need and we will send it today.',
    'Teilen Sie uns bitte mit, ob die anderen Teile angekommen sind.',
    'Cuéntanos qué pasó y lo solucionamos.',
    'Would you like us to update the address on the order?',
    'Could you share the tracking number the courier gave you?',
    'We will let the warehouse know so future customers get the right size.',
    '¿Podrías decirnos si otros artículos del pedido llegaron dañados?',
    '소중한 구매평 남겨 주셔서 감사합니다.',
  ])('passes %s', expectNoSolicitation);
});

describe('findReviewSolicitations, fifth pass: softer asks ("would mean the world", "aiderait", "sería genial")', () => {
  it.each([
    "We'd be over the moon if you told other shoppers about your experience with the blanket.",
    'A short word about the mug where you ordered it would mean the world to us.',
    'If the boots are treating you well, the people browsing for hiking gear would love to hear about it.',
    'Do drop a few words about the chair on the product page when you can.',
    "Happy with the speaker? Don't keep it to yourself - tell the world on Amazon!",
    'If you could find a moment to describe your experience for other buyers, we would be thankful.',
    'Mit ein paar Worten auf Amazon über den Mixer würden Sie uns sehr helfen.',
    'Wenn Sie mögen, schildern Sie doch kurz auf der Produktseite, wie Sie mit der Lampe zurechtkommen.',
    'Wir würden uns freuen, wenn Sie Ihre Eindrücke mit anderen Interessenten teilen.',
    'Lassen Sie andere Käufer wissen, was Sie vom Schlafsack halten!',
    'Votre retour sur Amazon aiderait d’autres clients à choisir la bonne taille.',
    'Ce serait super si vous pouviez dire un mot de la poêle sur sa page Amazon.',
    'Si vous êtes satisfait, un petit commentaire pour les prochains acheteurs serait le bienvenu.',
    'Nos encantaría que contaras en Amazon cómo te va con la cafetera.',
    'Tu opinión ayudaría mucho a quienes están pensando en comprar la lámpara.',
    'Sería genial que otros compradores supieran qué tal te fue con el colchón.',
    'Would you be so kind as to bump the rating up now that the issue is fixed?',
    'Now that you have your money back, we hope you might look again at the one star you gave us.',
    'Seit die Erstattung durch ist, könnten Sie Ihre Sterne vielleicht nach oben korrigieren?',
  ])('flags %s', (text) => {
    expect(amazonCodes(text)).toContain('review_request_biased');
  });

  it.each([
    'Thanks for letting us know about the scratch; a new panel ships tomorrow.',
    'We have shared your comments with the factory so other customers get a better box.',
    'Could you describe the noise the machine makes so we can tell the manufacturer?',
    'Wenn Sie mögen, schildern Sie uns kurz, wie das Problem aufgetreten ist.',
    'Nos encantaría saber cómo podemos mejorar el embalaje, respóndenos aquí.',
    'Could you tell the courier at the door that the parcel is for flat 4?',
    'You might find the rating plate on the back of the unit.',
    'Ce serait super si vous pouviez nous envoyer le numéro de série.',
    'Sería genial que nos enviaras una foto de la etiqueta.',
    'Nous serions ravis de vous aider si d’autres questions se posent.',
    'Would you be so kind as to look at the photo again and confirm it is the right colour?',
    'When you can, please describe the fault so the manufacturer can look at it.',
  ])('passes %s', (text) => {
    expect(amazonCodes(text)).not.toContain('review_request_biased');
  });
});

describe('cross-selling in other words', () => {
  it.each([
    'Your refund is done. Customers who bought the kettle also liked the matching toaster.',
    'Falls Sie noch Becher suchen: unsere neuen Modelle sind da.',
    'Nos nouvelles bougies sont arrivées.',
    '이번 주 신상품도 확인해 보세요.',
    '当店では新作のお皿も取り扱っております。',
    'The refund is on its way. Our matching cushion covers are worth a look too.',
    'Unsere neue Kollektion könnte Ihnen auch gefallen.',
    'Pensez également à notre coffret assorti.',
    'Acabamos de sacar nuevos colores que le podría interesar.',
    '새 시즌 상품도 관심 있으시면 둘러보세요.',
    '同じシリーズの新しいマグも入荷しております。',
  ])('flags %s', (text) => {
    expect(amazonCodes(text)).toContain('marketing');
  });
});

describe('changing a rating, German word order', () => {
  it('flags the zu-infinitive ("Ihre Bewertung anzupassen") as well as the plain one', () => {
    expect(amazonCodes('Hätten Sie die Möglichkeit, Ihre Zwei-Sterne-Bewertung zu überdenken?')).toContain('review_request_biased');
    expect(amazonCodes('Wir bitten Sie, Ihre Rezension zurückzuziehen.')).toContain('review_request_biased');
  });
});
