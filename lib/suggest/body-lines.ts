/**
 * The lines of a customer's own new text in a raw message, with their UTF-16 offsets: without
 * greetings, sign-offs, signatures, quoted history, forward headers and the notification furniture
 * marketplaces wrap a buyer's message in. segment.ts cuts these lines into clauses.
 */
import { GREETING, MAX_SIGNATURE_LINES, QUOTE_HEADER, SIGNATURE_START } from '@/lib/suggest/normalize';
import { isSignOff } from '@/lib/suggest/sign-off';

export interface Clause {
  start: number;
  end: number;
  text: string;
}

/**
 * Lines the marketplaces wrap a buyer's message in (checked 2026-12-04 against Amazon, eBay and
 * Etsy notification mails in en, de, fr, es, ja). They name the order, never a request.
 */
const MARKETPLACE_FURNITURE =
  /^(you have received a message from an amazon customer|sie haben eine nachricht von einem amazon-kunden erhalten|vous avez re[çc]u un message d'un client amazon|has recibido un mensaje de un cliente de amazon|amazonのお客様からメッセージが届きました|to respond to this customer|um dem kunden zu antworten|pour r[ée]pondre [àa] ce client|para responder a este cliente|このお客様に返信するには|order id:|bestellnummer:|num[ée]ro de commande\s?:|n\.?[ºo°] de pedido:|注文番号:|message\s?:|nachricht:|mensaje:|メッセージ:|new message from:|neue nachricht von:|nouveau message de\s?:|nuevo mensaje de:|item:|artikel:|objet\s?:|art[íi]culo:|reply on ebay|respond to this message on ebay|antworten sie auf ebay|r[ée]pondre sur ebay|responder en ebay|message from buyer via etsy|view this conversation on etsy|message de l'acheteur via etsy|voir cette conversation sur etsy|nachricht vom k[äa]ufer über etsy|mensaje del comprador a trav[ée]s de etsy|(?:ebay|amazon|cdiscount|mercado ?libre|fnac|rakuten|etsy)(?: marketplace)? [-–—] |- ?[\w.-]+$)/i;

/**
 * More of that wrapper, in the shape it takes rather than its exact words (seen 2026-12-06 in
 * eBay and Etsy relays in en and de): a button label alone on its line ("Reply", "Antworten"),
 * the marketplace's name alone, "Priya sent you a message", and the marketplace speaking as the
 * subject of its own footer ("eBay hat diese Nachricht an Sie weitergeleitet", "eBay will never…").
 */
const MARKETPLACE_FOOTER =
  /^(?:reply|antworten|r[ée]pondre|responder|返信|답장(?:하기)?|ebay|etsy|amazon|.{1,40} (?:sent you a message|hat ihnen eine nachricht gesendet|vous a envoy[ée] un message|te ha enviado un mensaje)|(?:ebay|etsy|amazon) (?:hat diese nachricht|has forwarded|sent this message|will never ask|wird sie niemals|ne vous demandera jamais|nunca te pedir[áa]|a transmis ce message|ha reenviado este mensaje).*)$/i;

/** A row of a pasted order table or invoice ("2 | Descaler | 1 | 19,90 €"): cells, never an ask. */
const TABLE_ROW = /\|.*\|/;

/**
 * The line a mail client puts above a forwarded message (Gmail, Thunderbird, Apple Mail, Outlook
 * on the web in en, de, fr, es, ja, ko). When nothing but a greeting stands above it, the forward
 * is the message: a colleague passing on a buyer's question sent through a marketplace.
 */
const FORWARD_MARKER =
  /^(?:-{2,}\s*(?:forwarded message|weitergeleitete nachricht|message transf[ée]r[ée]|mensaje reenviado|転送されたメッセージ|전달된 메시지)\s*-{2,}|begin forwarded message:|anfang der weitergeleiteten nachricht:|d[ée]but du message r[ée]exp[ée]di[ée]\s?:|inicio del mensaje reenviado:)$/i;
/**
 * A marketplace's dashed banner around the buyer's words ("-------- eBay message --------", "--- Début du
 * message ---", "------------- Begin message -------------"): read like a forward's line, so the "From:"
 * under it names the buyer rather than starting quoted history. Not the client's "Original Message" line.
 */
const MESSAGE_BANNER =
  /^-{2,}\s*(?![^-]*(?:original|urspr[üu]ngliche|d'origine|forward|weitergeleitet|transf[ée]r|reenviado))[^-]{0,60}(?:message|nachricht|mensaje|メッセージ|메시지)[^-]{0,60}-{2,}$/i;
/** The header fields under that line (From, Date, Subject, To in the six languages); a blank line ends them. */
const FORWARD_HEADER_FIELD =
  /^(?:from|date|sent|subject|to|cc|von|datum|gesendet|betreff|an|de|envoy[ée]|objet|[àa]|fecha|enviado|asunto|para|差出人|送信日時|日付|件名|宛先|보낸\s?사람|보낸\s?날짜|날짜|제목|받는\s?사람)\s?[:：]/i;

/** "Hola, buenas,", "Hi team": a greeting line that asks nothing (short, no question mark). */
const isGreetingLine = (line: Clause) => GREETING.test(line.text) && line.text.length <= 30 && !/[?？]/.test(line.text);

/** The lines of the customer's own new text, with their offsets. */
export function bodyLines(raw: string): Clause[] {
  const lines: Clause[] = [];
  let offset = 0;
  let inForwardHeader = false;
  for (const line of raw.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.replace(/\r$/, '').trim();
    const folded = trimmed.normalize('NFKC');
    if (FORWARD_MARKER.test(folded) || MESSAGE_BANNER.test(folded)) {
      // Below the sender's own words the forward is history: its header ends the message.
      inForwardHeader = lines.every(isGreetingLine);
      continue;
    }
    if (inForwardHeader && (FORWARD_HEADER_FIELD.test(folded) || !trimmed)) {
      inForwardHeader = Boolean(trimmed);
      continue;
    }
    inForwardHeader = false;
    if (QUOTE_HEADER.test(folded) || SIGNATURE_START.test(folded)) break;
    if (
      !trimmed ||
      trimmed.startsWith('>') ||
      MARKETPLACE_FURNITURE.test(folded) ||
      MARKETPLACE_FOOTER.test(folded) ||
      TABLE_ROW.test(folded)
    )
      continue;
    const lead = line.length - line.trimStart().length;
    lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  }
  const signOff = lines.findIndex((l, i) => i > 0 && isSignOff(l.text) && lines.length - i <= MAX_SIGNATURE_LINES);
  const kept = signOff > 0 ? lines.slice(0, signOff) : lines;
  const first = kept[0];
  if (first) {
    const greeting = first.text.match(GREETING);
    if (greeting && greeting.index === 0 && greeting[0].length < first.text.length) {
      const cut = greeting[0].length;
      kept[0] = { start: first.start + cut, end: first.end, text: first.text.slice(cut) };
    } else if (greeting && kept.length > 1) {
      kept.shift();
    }
  }
  return kept;
}
