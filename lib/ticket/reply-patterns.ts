/**
 * Line patterns of quoted history and signatures, in the languages inbox clients write them.
 * Every pattern is tested against one line (or at most three joined lines of a wrapped header),
 * each capped in length, with bounded quantifiers only — no pattern can backtrack across a
 * whole message (reply-stripping libraries that run multi-line regexes over the full text took
 * seconds to minutes on 1 MB inputs).
 */

/** Lines longer than this are prose or data, never a header or signature marker. */
export const MAX_MARKER_LINE = 400;

/** A line of '>'-quoted text ("> text", ">> text", " > text"). */
export const QUOTED_LINE = /^[ \t]{0,3}>/;

/**
 * The end of an attribution line: "… wrote:", "… a écrit :", "Am … schrieb NAME:", "… <email>:".
 * Verbs that stand before the author's name (schrieb, schreef, skrev, написал) may be followed by it.
 */
const VERBS_BEFORE_COLON = String.raw`wrote|writes|a\s[ée]crit|escribi[óo]|escreveu|scritto|geschreven|kirjoitti|napisa[łl](?:a|\(a\))?|pisze|[íi]rta|napsal(?:a|\(a\))?|yazd[ıi]|写道|寫道|작성|のメッセージ|書きました`;
const VERBS_BEFORE_NAME = String.raw`schrieb|schreef|skrev|написала?|написал\(а\)`;

export const ATTRIBUTION_END = new RegExp(
  [
    String.raw`(?<!\p{L})(?:${VERBS_BEFORE_COLON})\s?[:：]\s*$`,
    String.raw`(?<!\p{L})(?:${VERBS_BEFORE_NAME})[^:：]{0,300}[:：]\s*$`,
    // "2016-12-08 10:00 GMT+01:00 Name <name@example.com>:", Japanese, Russian and other verbless
    // forms: the line ends with a bracketed address and a colon (not a reference like "[1]:").
    String.raw`@[^\s<>\[\]]{1,255}\s?[>\]]\s?[:：]\s*$`,
  ].join('|'),
  'iu',
);

/**
 * An attribution without its colon, as Zoho and some webmails print it ("---- On … wrote ----"):
 * tested on the line with surrounding dashes removed, and only with stronger evidence (an address).
 */
export const ATTRIBUTION_END_NO_COLON = /(?<!\p{L})(?:wrote|a\s[ée]crit|escribi[óo]|escreveu|scritto|schreef|skrev|kirjoitti)$/iu;
export const ATTRIBUTION_STRONG_EVIDENCE = /@|<|\[mailto:/;

/** The wrapped tail of an attribution whose address ended on the line before ("…<a@b.c" + ">:"). */
export const ATTRIBUTION_CONTINUATION = /^\s*[>\]]\s?[:：]\s*$/;

/** How an attribution starts when a client wraps it over two or three lines. */
export const ATTRIBUTION_START =
  /^[\s-]*(?:(?:On|Le|El|Il|Em|Am|Op|Den|Dne|W dniu|Dnia|In data|Στις|在)\s|\p{L}{2,4}\.?,?\s\d|\d{1,4}[./-]|\d{1,2}\s)/u;

/** Evidence that a "… wrote:" line is an attribution and not prose: a date, time or address. */
export const ATTRIBUTION_EVIDENCE = /\d|@|<|\[mailto:/;

const FROM_KEYS = String.raw`From|Von|De|Van|Da|Från|Fra|Od|От|Lähettäjä|Feladó|Kimden|Afzender|差出人|发件人|寄件者|보낸\s?사람`;
const OTHER_KEYS = String.raw`Sent|Date|To|Cc|Subject|Reply-To|Gesendet|Datum|An|Betreff|Envoy[ée](?: le)?|Message du|À|A|Objet|Copie à|Sujet|Enviado|Fecha|Para|Asunto|Inviato|Data|Oggetto|Verzonden|Aan|Onderwerp|Skickat|Till|Ämne|Sendt|Til|Emne|Wysłano|Do|Temat|Отправлено|Дата|Кому|Тема|Lähetetty|Vastaanottaja|Aihe|送信日時|宛先|件名|发送时间|收件人|主题|보낸\s?날짜|받는\s?사람|제목`;

/** "From: Name <a@b>" as Outlook, Apple Mail and Gmail forwards print it, also bold ("*From:*"). */
export const HEADER_FROM_LINE = new RegExp(String.raw`^\s{0,12}\*?(?:${FROM_KEYS})\s?\*?\s?[:：]\*?\s?\S`, 'u');
export const HEADER_OTHER_LINE = new RegExp(String.raw`^\s{0,12}\*?(?:${OTHER_KEYS})\s?\*?\s?[:：]\*?(?:\s|$)`, 'u');

const ORIGINAL_MESSAGE = String.raw`Original Message|Ursprüngliche Nachricht|Originalnachricht|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Originalmeddelande|Oprindelig besked|Opprinnelig melding|Alkuperäinen viesti|Mensagem original|Wiadomość oryginalna|Исходное сообщение|Původní zpráva|Eredeti üzenet`;
/** "-----Original Message-----" and its translations: history starts here. */
export const ORIGINAL_MESSAGE_LINE = new RegExp(String.raw`^\s*-{2,}\s?(?:${ORIGINAL_MESSAGE})\s?-{0,}\s*$`, 'iu');

/** Outlook's rule above the header block, and mailing-list footers. */
export const SEPARATOR_LINE = /^\s*_{2,}\s*$/;

/** A line that is only a rule (----, ====, ____, ***): left over at the end when history is cut below it. */
export const RULE_LINE = /^\s*[-_=*~—–]{2,}\s*$/;

/** A wrapped quote line ends long: its unprefixed tail on the next line still belongs to the quote. */
export const MIN_WRAPPED_QUOTE_LENGTH = 60;

const FORWARDED = String.raw`Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Messaggio inoltrato|Doorgestuurd bericht|Mensagem encaminhada|Vidarebefordrat meddelande|Videresendt meddelelse|Przekazana wiadomość`;
/** A forward marker: what follows is a message the sender chose to pass on, not history. */
export const FORWARD_LINE = new RegExp(
  String.raw`^\s*(?:-{2,}\s?(?:${FORWARDED})\s?-{2,}|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:|Début du message réexpédié :?)\s*$`,
  'iu',
);

/** The standard signature delimiter ("-- ") and its common trimmed form. */
export const SIGNATURE_DELIMITER = /^--\s?$/;

/** "Sent from my iPhone" and its relatives: the sender's client signs here, the message is over. */
export const MOBILE_SIGNATURE = new RegExp(
  String.raw`^\s*(?:Sent from |Sent with |Sent via |Get Outlook for |Von meinem .{1,40} gesendet|Gesendet von (?:meinem )?|Envoyé (?:de mon|depuis|à partir de) |Télécharger Outlook pour |Enviado (?:desde|do|de) (?:mi |meu |o |my )?|Inviato da |Verstuurd vanaf |Verzonden (?:vanaf|met) |Skickat från |Sendt fra |Lähetetty |Wysłane z |Отправлено (?:с|из) |iPhoneから送信|iPadから送信|내 iPhone에서 보냄)`,
  'u',
);
/** "Sent from my desk, which is easier." is a sentence: a client's signature line is short and unpunctuated. */
export const MAX_MOBILE_SIGNATURE_LENGTH = 80;
export const SENTENCE_LIKE = /[,;]\s|[.!?]\s*$/;

/** A closing formula alone on its line ("Best regards," "Mit freundlichen Grüßen"). */
export const CLOSING_LINE = new RegExp(
  String.raw`^\s*(?:(?:best|kind|warm|warmest|many|with)?\s?regards|best(?: wishes)?|cheers|thanks(?: again| a lot| so much)?|thank you(?: so much| again)?|many thanks|sincerely|yours sincerely|yours truly|all the best|greetings|(?:mit )?(?:freundlichen|besten|herzlichen|viele|liebe|beste|schöne) grüße|grüße|mfg|lg|vg|(?:bien )?cordialement|bien à vous|merci(?: beaucoup| d'avance)?|salutations|bonne journée|(?:un )?saludos?(?: cordiales)?|atentamente|(?:muchas )?gracias|(?:cordiali |distinti )?saluti|grazie(?: mille)?|(?:met )?vriendelijke groet(?:en)?|groet(?:en|jes)|bedankt|atenciosamente|(?:os meus )?cumprimentos|obrigad[oa]|abraços|(?:med )?vänliga hälsningar|hälsningar|mvh|감사합니다|よろしくお願いします|よろしくお願いいたします)[\s,.!！。]{0,3}\S{0,2}\s*$`,
  'iu',
);

/** A signature block after a closing is a few short lines: name, title, company, phone. */
export const MAX_SIGNATURE_LINES = 5;
export const MAX_SIGNATURE_LINE_LENGTH = 80;

/** Markdown code fences: markers inside code are content. */
export const CODE_FENCE = /^\s*```/;
