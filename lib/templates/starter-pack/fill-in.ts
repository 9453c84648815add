/**
 * Starter replies that need what only the agent knows, asked in fill-in fields on insert: the
 * tracking number of a replacement the agent just booked, and how the customer sends a return back
 * (the label method picks the paragraph, the date is the agent's). English, German, French and
 * Spanish share one set of field declarations: the agent's form stays the same, the reply follows
 * the template's language.
 */
import type { PackTemplate } from '@/lib/schemas/pack';
import type { TemplateField } from '@/lib/schemas/template-field';
import { letter, type StarterLanguage } from '@/lib/templates/starter-pack/letter';

type Language = Extract<StarterLanguage, 'en' | 'de' | 'fr' | 'es'>;
type Texts = Record<Language, { title: string; paragraphs: string[] }>;

const NBSP = '\u00a0';

const REPLACEMENT_FIELDS: TemplateField[] = [
  { name: 'carrier', label: 'Carrier of the replacement', hint: 'e.g. UPS, DHL, Royal Mail' },
  { name: 'tracking_number', label: 'Tracking number of the replacement', hint: "As the carrier's site shows it" },
  { name: 'keep_original', type: 'yesno', label: 'The customer may keep the original item' },
];

const REPLACEMENT: Texts = {
  en: {
    title: 'Replacement shipped: tracking number you type',
    paragraphs: [
      'Thank you for your patience. A replacement for your order {{ order.number }} is on its way with {{ fields.carrier }}, tracking number {{ fields.tracking_number }}.',
      '{% if fields.keep_original %}There is no need to send the original item back.{% else %}Please keep the original item and its packaging for now; I will let you know if we need it back.{% endif %} If the tracking does not change for several days, just reply to this message and I will look into it with the carrier.',
    ],
  },
  de: {
    title: 'Ersatz verschickt: Sendungsnummer eintragen',
    paragraphs: [
      'vielen Dank für Ihre Geduld. Ein Ersatz für Ihre Bestellung {{ order.number }} ist mit {{ fields.carrier }} unterwegs, Sendungsnummer {{ fields.tracking_number }}.',
      '{% if fields.keep_original %}Den ursprünglichen Artikel müssen Sie nicht zurückschicken.{% else %}Bitte bewahren Sie den ursprünglichen Artikel und die Verpackung vorerst auf; ich gebe Ihnen Bescheid, falls wir ihn zurückbenötigen.{% endif %} Falls sich die Sendungsverfolgung mehrere Tage lang nicht ändert, antworten Sie einfach auf diese Nachricht, und ich kläre es mit dem Versanddienstleister.',
    ],
  },
  fr: {
    title: 'Remplacement expédié : numéro de suivi à saisir',
    paragraphs: [
      'Merci pour votre patience. Un article de remplacement pour votre commande {{ order.number }} est en route avec {{ fields.carrier }}, numéro de suivi {{ fields.tracking_number }}.',
      `{% if fields.keep_original %}Vous n'avez pas besoin de nous renvoyer l'article d'origine.{% else %}Merci de conserver l'article d'origine et son emballage pour le moment${NBSP}; je vous dirai si nous en avons besoin.{% endif %} Si le suivi n'évolue pas pendant plusieurs jours, répondez simplement à ce message et je verrai cela avec le transporteur.`,
    ],
  },
  es: {
    title: 'Reemplazo enviado: número de seguimiento a escribir',
    paragraphs: [
      'Gracias por su paciencia. Un reemplazo para su pedido {{ order.number }} está en camino con {{ fields.carrier }}, número de seguimiento {{ fields.tracking_number }}.',
      '{% if fields.keep_original %}No es necesario que nos devuelva el artículo original.{% else %}Por favor, conserve por ahora el artículo original y su embalaje; le avisaré si necesitamos que nos lo devuelva.{% endif %} Si el seguimiento no cambia durante varios días, responda a este mensaje y lo revisaré con la empresa de transporte.',
    ],
  },
};

const RETURN_FIELDS: TemplateField[] = [
  {
    name: 'label_method',
    type: 'choice',
    label: 'How the customer sends it back',
    options: ['Prepaid label attached', 'QR code for drop-off attached', 'Customer pays return shipping'],
  },
  { name: 'return_by', type: 'date', label: 'Send back by' },
];

/** One `{% case %}` per language: the agent's choice picks the paragraph. */
function byMethod(prepaid: string, qrCode: string, ownCost: string): string {
  const [a, b, c] = RETURN_FIELDS[0]!.options!;
  return `{% case fields.label_method %}{% when "${a}" %}${prepaid}{% when "${b}" %}${qrCode}{% when "${c}" %}${ownCost}{% endcase %}`;
}

const RETURN_APPROVED: Texts = {
  en: {
    title: 'Return approved: label method and date',
    paragraphs: [
      'Thank you for your message. The return for your order {{ order.number }} is approved.',
      byMethod(
        'A prepaid return label is attached to this message: please print it and stick it on the parcel.',
        'A QR code is attached to this message: show it at a drop-off point of the carrier and they will print the label for you.',
        'Please send the parcel with a carrier of your choice; the return shipping is at your cost. Please put a note with your order number inside.',
      ),
      'Please post the item by {{ fields.return_by }}. Once it arrives, I will check it and get back to you.',
    ],
  },
  de: {
    title: 'Rücksendung genehmigt: Versandweg wählen',
    paragraphs: [
      'vielen Dank für Ihre Nachricht. Die Rücksendung für Ihre Bestellung {{ order.number }} ist genehmigt.',
      byMethod(
        'Im Anhang finden Sie ein vorfrankiertes Rücksendeetikett: Bitte drucken Sie es aus und kleben Sie es auf das Paket.',
        'Im Anhang finden Sie einen QR-Code: Zeigen Sie ihn in einer Annahmestelle des Versanddienstleisters vor, dort wird das Etikett für Sie gedruckt.',
        'Bitte senden Sie das Paket mit einem Versanddienstleister Ihrer Wahl; die Kosten der Rücksendung tragen Sie. Legen Sie bitte einen Zettel mit Ihrer Bestellnummer bei.',
      ),
      'Bitte schicken Sie den Artikel bis zum {{ fields.return_by }} zurück. Sobald er angekommen ist, prüfe ich ihn und melde mich bei Ihnen.',
    ],
  },
  fr: {
    title: 'Retour accepté : choisir le mode de renvoi',
    paragraphs: [
      'Merci pour votre message. Le retour de votre commande {{ order.number }} est accepté.',
      byMethod(
        `Vous trouverez en pièce jointe une étiquette de retour prépayée${NBSP}: imprimez-la et collez-la sur le colis.`,
        `Vous trouverez en pièce jointe un code QR${NBSP}: présentez-le dans un point de dépôt du transporteur, qui imprimera l'étiquette pour vous.`,
        `Merci d'envoyer le colis avec le transporteur de votre choix${NBSP}; les frais de retour sont à votre charge. Merci de glisser dans le colis une note avec votre numéro de commande.`,
      ),
      "Merci de renvoyer l'article avant le {{ fields.return_by }}. Dès sa réception, je le vérifierai et reviendrai vers vous.",
    ],
  },
  es: {
    title: 'Devolución aprobada: elegir cómo se envía',
    paragraphs: [
      'Gracias por su mensaje. La devolución de su pedido {{ order.number }} está aprobada.',
      byMethod(
        'Adjuntamos una etiqueta de devolución prepagada: imprímala y péguela en el paquete.',
        'Adjuntamos un código QR: muéstrelo en un punto de entrega de la empresa de transporte y allí le imprimirán la etiqueta.',
        'Envíe el paquete con la empresa de transporte que prefiera; los gastos de devolución corren de su cuenta. Incluya una nota con su número de pedido.',
      ),
      'Por favor, devuelva el artículo antes del {{ fields.return_by }}. Cuando llegue, lo revisaré y me pondré en contacto con usted.',
    ],
  },
};

const SOURCES = [
  {
    id: 'starter.replacement.shipped',
    intents: ['damaged_item', 'wrong_item', 'missing_item'],
    fields: REPLACEMENT_FIELDS,
    texts: REPLACEMENT,
  },
  { id: 'starter.return.approved', intents: ['return_request'], fields: RETURN_FIELDS, texts: RETURN_APPROVED },
] as const;

export const FILL_IN_TEMPLATES: PackTemplate[] = SOURCES.flatMap(({ id, intents, fields, texts }) =>
  (['en', 'de', 'fr', 'es'] as const).map((language) =>
    letter({
      id: language === 'en' ? id : `${id}.${language}`,
      language,
      intents: [...intents],
      fields: fields.map((field) => ({ ...field, ...(field.options ? { options: [...field.options] } : {}) })),
      ...texts[language],
    }),
  ),
);
