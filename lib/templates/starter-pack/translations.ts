/**
 * German, French and Spanish versions of the most common replies. Ids are the English id plus the
 * language, so a team can see at a glance which templates belong together.
 * German uses "Sie", Spanish "usted": the safe register for a shop writing to a customer.
 */
import type { PackTemplate } from '@/lib/schemas/pack';
import { letter, type StarterLanguage } from '@/lib/templates/starter-pack/letter';

type Translated = Record<Extract<StarterLanguage, 'de' | 'fr' | 'es'>, { title: string; paragraphs: string[] }>;

const NBSP = '\u00a0';

const WISMO_TRACKING: Translated = {
  de: {
    title: 'Wo ist meine Bestellung: Sendungsnummer vorhanden',
    paragraphs: [
      'vielen Dank für Ihre Nachricht. Ihre Bestellung {{ order.number }} ist mit {{ order.carrier }} unterwegs, Sendungsnummer {{ order.tracking_number }}.{% if order.tracking_url %} Hier können Sie die Sendung verfolgen: {{ order.tracking_url }}{% endif %}',
      '{% if order.estimated_delivery %}Laut Versanddienstleister ist die Zustellung für den {{ order.estimated_delivery }} geplant. {% endif %}Falls sich die Sendungsverfolgung mehrere Tage lang nicht ändert, antworten Sie einfach auf diese Nachricht, und ich kläre es mit dem Versanddienstleister.',
    ],
  },
  fr: {
    title: 'Où est ma commande : numéro de suivi disponible',
    paragraphs: [
      `Merci pour votre message. Votre commande {{ order.number }} est en route avec {{ order.carrier }}, numéro de suivi {{ order.tracking_number }}.{% if order.tracking_url %} Vous pouvez suivre le colis ici${NBSP}: {{ order.tracking_url }}{% endif %}`,
      "{% if order.estimated_delivery %}Le transporteur prévoit actuellement une livraison le {{ order.estimated_delivery }}. {% endif %}Si le suivi n'évolue pas pendant plusieurs jours, répondez simplement à ce message et je verrai cela avec le transporteur.",
    ],
  },
  es: {
    title: 'Dónde está mi pedido: con número de seguimiento',
    paragraphs: [
      'Gracias por su mensaje. Su pedido {{ order.number }} está en camino con {{ order.carrier }}, con el número de seguimiento {{ order.tracking_number }}.{% if order.tracking_url %} Puede seguir el envío aquí: {{ order.tracking_url }}{% endif %}',
      '{% if order.estimated_delivery %}El transportista prevé entregarlo el {{ order.estimated_delivery }}. {% endif %}Si el seguimiento no cambia durante varios días, responda a este mensaje y lo revisaré con el transportista.',
    ],
  },
};

const WISMO_NO_TRACKING: Translated = {
  de: {
    title: 'Wo ist meine Bestellung: noch keine Sendungsnummer',
    paragraphs: [
      'vielen Dank für Ihre Nachricht. Ihre Bestellung {{ order.number }} vom {{ order.date }} ist derzeit {{ order.status }} und hat noch keine Sendungsnummer.',
      'Ich kläre mit unserem Team, wann sie versandt wird, und schicke Ihnen die Sendungsdaten, sobald sie vorliegen.',
    ],
  },
  fr: {
    title: 'Où est ma commande : pas encore de numéro de suivi',
    paragraphs: [
      "Merci pour votre message. Votre commande {{ order.number }} du {{ order.date }} est actuellement {{ order.status }} et n'a pas encore de numéro de suivi.",
      "Je vérifie avec notre équipe quand elle sera expédiée et je vous enverrai les informations de suivi dès qu'elles seront disponibles.",
    ],
  },
  es: {
    title: 'Dónde está mi pedido: todavía sin número de seguimiento',
    paragraphs: [
      'Gracias por su mensaje. Su pedido {{ order.number }} del {{ order.date }} está actualmente {{ order.status }} y todavía no tiene número de seguimiento.',
      'Estoy consultando con nuestro equipo cuándo se enviará y le mandaré los datos de seguimiento en cuanto estén disponibles.',
    ],
  },
};

const RETURN_HOW_TO: Translated = {
  de: {
    title: 'Rücksendung: so geht es',
    paragraphs: [
      'vielen Dank für Ihre Nachricht. Artikel können innerhalb von {{ shop.return_window_days }} Tagen zurückgegeben werden.',
      'Bitte teilen Sie mir mit, welche Artikel aus der Bestellung {{ order.number }} Sie zurücksenden möchten und warum. Ich prüfe die Bestellung und schicke Ihnen dann die Anleitung für die Rücksendung.',
    ],
  },
  fr: {
    title: 'Retourner un article',
    paragraphs: [
      'Merci pour votre message. Les articles peuvent être retournés dans un délai de {{ shop.return_window_days }} jours.',
      'Pour commencer, indiquez-moi le ou les articles de la commande {{ order.number }} que vous souhaitez retourner, ainsi que le motif. Je vérifierai la commande et vous enverrai les instructions de retour.',
    ],
  },
  es: {
    title: 'Cómo devolver un artículo',
    paragraphs: [
      'Gracias por su mensaje. Los artículos se pueden devolver en un plazo de {{ shop.return_window_days }} días.',
      'Para empezar, indíqueme qué artículos del pedido {{ order.number }} desea devolver y el motivo. Revisaré el pedido y le enviaré las instrucciones para la devolución.',
    ],
  },
};

const DAMAGED_PHOTOS: Translated = {
  de: {
    title: 'Beschädigter Artikel: um Fotos bitten',
    paragraphs: [
      'es tut mir leid, dass Ihre Bestellung {{ order.number }} beschädigt angekommen ist.',
      'Könnten Sie mir bitte ein paar Fotos des beschädigten Artikels und der Verpackung mit dem Versandetikett schicken? Sobald ich sie habe, prüfe ich den Fall und melde mich mit den nächsten Schritten bei Ihnen.',
    ],
  },
  fr: {
    title: 'Article endommagé : demander des photos',
    paragraphs: [
      'Nous sommes désolés que votre commande {{ order.number }} soit arrivée endommagée.',
      `Pourriez-vous m'envoyer quelques photos de l'article endommagé et de l'emballage, étiquette d'expédition comprise${NBSP}? Dès que je les aurai, j'examinerai la situation et je reviendrai vers vous avec la suite à donner.`,
    ],
  },
  es: {
    title: 'Artículo dañado: pedir fotos',
    paragraphs: [
      'Lamentamos que su pedido {{ order.number }} haya llegado dañado.',
      '¿Podría enviarme algunas fotos del artículo dañado y del embalaje, incluida la etiqueta de envío? En cuanto las tenga, lo revisaré y le indicaré los siguientes pasos.',
    ],
  },
};

const SOURCES = [
  { id: 'starter.wismo.tracking', intents: ['where_is_my_order'], tags: ['has-tracking'], texts: WISMO_TRACKING },
  {
    id: 'starter.wismo.no-tracking',
    intents: ['where_is_my_order', 'shipping_question'],
    tags: ['no-tracking', 'not-shipped'],
    texts: WISMO_NO_TRACKING,
  },
  { id: 'starter.return.how-to', intents: ['return_request'], tags: [], texts: RETURN_HOW_TO },
  { id: 'starter.damaged.photos', intents: ['damaged_item'], tags: [], texts: DAMAGED_PHOTOS },
] as const;

export const TRANSLATED_TEMPLATES: PackTemplate[] = SOURCES.flatMap(({ id, intents, tags, texts }) =>
  (['de', 'fr', 'es'] as const).map((language) =>
    letter({ id: `${id}.${language}`, language, intents: [...intents], tags: [...tags], ...texts[language] }),
  ),
);
