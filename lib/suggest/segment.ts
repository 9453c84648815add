/**
 * Splits a customer's message into the clauses that may each carry a request, keeping every
 * clause's place in the raw text (UTF-16 offsets, as JavaScript strings index). Greetings,
 * sign-offs, signatures, quoted history and marketplace notification furniture are left out:
 * they carry no request. Boundaries: sentence ends (. ? ! 。 ？ ！), line breaks, semicolons,
 * dashes and the words that start another request in the supported languages ("and also",
 * "außerdem", "par ailleurs", "también", "또한", "また、" …), and the Korean and Japanese
 * connectives that end a story and start its point ("주문했는데 ", "届いたのですが、"), and
 * the Korean "-며," that joins two asks ("견적을 요청드리며, 세금계산서도…"). A period
 * after an abbreviation ("Hauptstr. 5", "Nr. 12", a statute's "§ 439 Abs. 1") ends no sentence; a run
 * of emoji followed by a space ends one ("泣いた😭😭 中身は…"): chat-style writing puts no period there.
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

/** Where one clause ends and the next starts inside a line; the match is left out of both. */
const BOUNDARY =
  /(?<=[.!?。！？]+)(?<!(?:str|nr|\b(?:dr|mr|mrs|ms|st|bzw|ca|inkl|evtl|tel|ave|rd|no|z\.b|u\.a|d\.h|abs|ziff))\.)\s+|(?<=[。！？])|(?<=\p{Extended_Pictographic}\uFE0F?)\s+|\s*;\s*|\s+[—–-]\s+|,?\s+(?=(and also|and please|and can you|and could you|also,? (?:can|could|please|i)|außerdem|zusätzlich|und bitte|par ailleurs|et aussi|de plus|en plus|además|también|y también|y además|그리고|또한|게다가|また、|それと|あと、|しかも)(?![\p{L}]))|(?<=[는은]데|며,)\s+|(?<=(?:ですが|ましたが|けど|けれど|のに)、)/giu;

/**
 * German writes dates and ordinals with a period ("am 2. November", "seit dem 6.11. bei Ihnen",
 * "vor dem 24. ankommt"): a period after a one- or two-digit number ends no sentence when the next
 * word goes on in lower case or names a month.
 */
const ORDINAL_BEFORE = /(?:^|[^\d.])\d{1,2}\.(?:\d{1,2}\.)?$/;
const LOWER_CASE_START = /^\p{Ll}/u;
const MONTH_START = /^(januar|februar|m[äa]rz|april|mai|juni|juli|august|september|oktober|november|dezember)\b/i;

/** "im 3. OG", "zum 2. Mal", "am 5. Tag": after an article or a preposition the number is an ordinal, whatever noun follows. */
const ARTICLE_BEFORE_NUMBER = /(?:^|\s)(?:im|am|zum|zur|vom|beim|ins|der|die|das|den|dem|des)\s+\d{1,2}\.$/i;

function ordinalPeriod(text: string, at: number, next: number): boolean {
  const before = text.slice(0, at);
  const after = text.slice(next);
  return ORDINAL_BEFORE.test(before) && (LOWER_CASE_START.test(after) || MONTH_START.test(after) || ARTICLE_BEFORE_NUMBER.test(before));
}

/** A piece that is only "and" in a supported language ("Y", "Und", "Et", "And"): no clause on its own. */
const CONJUNCTION_ONLY = /^(?:and|und|et|y|e|or|oder|ou|o)$/i;

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
function bodyLines(raw: string): Clause[] {
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

/** Clauses of the message, in order; empty when nothing but furniture is left. */
export function segmentClauses(raw: string): Clause[] {
  const clauses: Clause[] = [];
  for (const line of bodyLines(raw)) {
    let from = 0;
    const push = (to: number) => {
      const piece = line.text.slice(from, to);
      const lead = piece.length - piece.trimStart().length;
      const text = piece.trim();
      // "Hi there - do you ship…" splits at the dash: the greeting alone asks nothing.
      const greetingOnly = (GREETING.exec(text)?.[0].length ?? 0) >= text.length;
      if (/[\p{L}\p{N}]/u.test(text) && !greetingOnly)
        clauses.push({ start: line.start + from + lead, end: line.start + from + lead + text.length, text });
    };
    for (const match of line.text.matchAll(BOUNDARY)) {
      if (ordinalPeriod(line.text, match.index, match.index + match[0].length)) continue;
      // "¿…? Y además, ¿me avisan…?": the sentence end cut off the "Y" that opens the next request;
      // it stays with that request instead of becoming a clause of its own.
      if (CONJUNCTION_ONLY.test(line.text.slice(from, match.index).trim())) continue;
      push(match.index);
      from = match.index + match[0].length;
    }
    push(line.text.length);
  }
  return clauses;
}
