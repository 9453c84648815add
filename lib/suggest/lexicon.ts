/**
 * Cross-language pivots: a German, Spanish, French, Korean or Japanese word stem also fires the English
 * word it means. Nearly all training data is English (Bitext), so "stornieren", "anular",
 * "annuler" and "취소" then share the weight the model learned for "cancel". Written from the
 * domain vocabulary, not from any eval set. Stems are accent-folded and lowercased like tokens;
 * Latin stems match a token's start ("=" marks a whole-word match), Hangul stems match anywhere
 * because Korean glues particles and compounds onto the stem (and Japanese, in lexicon-ja.json, has
 * no spaces at all).
 */
import japaneseStems from '@/lib/suggest/lexicon-ja.json';
const PIVOTS: Record<string, string[]> = {
  order: ['bestell', 'pedido', 'commande', 'commander', '주문'],
  cancel: ['storn', 'widerruf', 'cancelar', 'cancela', 'anula', 'anular', 'annul', '취소'],
  refund: ['erstatt', 'ruckerstatt', 'reembols', 'rembours', '환불'],
  return: ['rucksend', 'zurucksend', 'zuruckschick', 'zuruckgeb', 'retoure', 'devolv', 'devolu', 'devuel', 'retourn', 'renvoy', '반품'],
  exchange: ['umtausch', 'tausch', 'echang', '교환'],
  change: ['ander', 'cambi', 'modific', 'modifi', '변경', '바꾸', '바꿔', '수정'],
  address: ['adress', 'anschrift', 'direccion', 'domicilio', '주소', '배송지'],
  shipping: ['versand', 'versend', 'envio', 'envia', 'livraison', 'expedi', 'expedie', '배송'],
  deliver: ['liefer', 'entrega', 'livr'],
  package: ['paket', 'paquete', 'colis', '택배', '소포', '상자', '박스'],
  arrived: ['angekommen', 'ankommen', 'llegad', 'llego', 'llega', 'arrive', 'recu', 'recibi', 'erhalten', 'bekommen', '도착', '받았'],
  where: ['=wo', '=donde', '어디'],
  damaged: ['kaputt', 'beschadig', 'defekt', '=roto', '=rota', 'danad', 'defectu', 'cass', 'endommag', 'defectueu', 'fissur', 'rajad', '파손', '깨져', '깨진', '고장', '불량', '금이'],
  wrong: ['falsch', 'equivocad', 'incorrect', 'mauvais', 'erreur', '잘못'],
  missing: ['fehl', 'falta', 'manqu', '빠져', '누락', '없었'],
  invoice: ['rechnung', 'factura', 'facture', '계산서', '영수증'],
  password: ['passwort', 'kennwort', 'contrasena', '비밀번호'],
  account: ['konto', 'cuenta', 'compte', '계정', '회원'],
  login: ['einlogg', 'anmeld', 'sesion', '로그인', '접속'],
  payment: ['zahlung', 'bezahl', '=pago', 'pagar', 'paiement', '=payer', '=paye', '결제'],
  charged: ['abgebucht', 'abbuchung', 'cobrad', 'cobrar', 'cargad', 'debite', 'preleve', '빠져나'],
  twice: ['doppelt', 'zweimal', '두번'],
  card: ['karte', 'tarjeta', '=carte', '카드'],
  discount: ['rabatt', 'gutschein', 'descuento', 'cupon', 'reduction', 'promo', '할인', '쿠폰'],
  complaint: ['beschwer', 'reklamation', 'queja', 'reclamacion', 'reclamation', 'plainte', '불만', '항의'],
  disappointed: ['enttausch', 'unzufrieden', 'decepcion', 'descontent', '=decu', '=decue', 'mecontent', '실망'],
  phone: ['telefon', 'telephon', 'anruf', 'llam', 'rappel', '전화', '통화'],
  speak: ['sprechen', 'hablar', 'parler', 'mitarbeiter', '=persona', 'conseiller', '상담'],
  review: ['bewertung', 'resena', 'opinion', '=avis', '리뷰', '후기'],
  size: ['grosse', 'talla', 'taille', '사이즈'],
  colour: ['farbe', '=color', 'couleur', '색상', '색깔'],
  material: ['materi', 'stoff', 'matiere', '소재', '재질'],
  stock: ['lieferbar', 'verfugbar', 'disponib', '=stock', '재입고', '재고'],
  thanks: ['danke', '=dank', 'gracias', 'merci', '감사', '고맙'],
  cost: ['kost', 'preis', 'cuesta', 'coste', 'precio', '=prix', 'coute', '비용', '얼마'],
  when: ['=wann', '=cuando', '=quand', '언제'],
  money: ['=geld', 'dinero', 'argent', '돈이', '금액'],
  add: ['hinzufug', 'anadir', 'agregar', 'ajout', '추가'],
  tracking: ['sendungsverfolgung', 'seguimiento', 'suivi', '조회', '추적'],
  service: ['kundendienst', 'kundenservice', 'atencion', '고객센터'],
  item: ['artikel', 'articulo', 'article', 'produkt', 'producto', 'produit', '상품', '제품'],
};

/** Kana and Kanji stems live in a data file; folded like tokens (voicing marks drop out in tokenize). */
const fold = (stem: string) => stem.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const CJK = /[\uac00-\ud7a3\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const cjk: Array<[string, string]> = Object.entries(japaneseStems as Record<string, string | string[]>).flatMap(([concept, stems]) =>
  Array.isArray(stems) ? stems.map((stem): [string, string] => [fold(stem), concept]) : [],
);

const exact = new Map<string, string>();
const prefixes: Array<[string, string]> = [];
for (const [concept, stems] of Object.entries(PIVOTS)) {
  for (const stem of stems) {
    if (stem.startsWith('=')) exact.set(stem.slice(1), concept);
    else if (/[\uac00-\ud7a3]/.test(stem)) cjk.push([stem, concept]);
    else prefixes.push([stem, concept]);
  }
}

/** The English pivot words a token stands for (usually none). */
export function pivotsOf(token: string): string[] {
  const found = new Set<string>();
  const whole = exact.get(token);
  if (whole) found.add(whole);
  for (const [stem, concept] of prefixes) if (token.startsWith(stem)) found.add(concept);
  if (CJK.test(token)) for (const [stem, concept] of cjk) if (token.includes(stem)) found.add(concept);
  return [...found];
}
