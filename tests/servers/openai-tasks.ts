/**
 * Deterministic answers for the loopback OpenAI server's `tasks` scenario, computed from the
 * request as a model would receive it: the task named in the prompt (`TASK: translate`), the text
 * between the fence lines, the target language. Enough for end-to-end tests to predict what the
 * panel shows: Spanish from a small phrase table (placeholders kept), a summary citing the numbered
 * messages it was given plus one citation that points nowhere.
 */
/** English phrase → Spanish, longest first; back-translation reads the table the other way. */
const PHRASES: Array<[string, string]> = [
  ['Thank you for your patience', 'Gracias por tu paciencia'],
  ['tracking number', 'número de seguimiento'],
  ['is on its way', 'está en camino'],
  ['The total was', 'El total fue'],
  ['Best regards', 'Saludos cordiales'],
  ['Your order', 'Tu pedido'],
  ['Thank you', 'Gracias'],
  ['Hello', 'Hola'],
  ['Hi', 'Hola'],
  ['with', 'con'],
  ['team', 'equipo'],
];

const phrase = (text: string) => new RegExp(`(?<![\\p{L}])${text}(?![\\p{L}])`, 'gu');

/** Decimal points become commas, as Spanish writes amounts ("84.50" → "84,50"). */
const spanishAmounts = (text: string) => text.replace(/(\d+)\.(\d{2})(?!\d)/g, '$1,$2');

function fenced(content: string, section: string): string | null {
  const match = new RegExp(`=====BEGIN ${section} ([0-9a-f]+)=====\\n([\\s\\S]*)\\n=====END ${section} \\1=====`).exec(content);
  return match ? match[2]! : null;
}

function translate(text: string, target: string, slipAmount: boolean): string {
  if (target === 'es') {
    let out = PHRASES.reduce((t, [english, spanish]) => t.replace(phrase(english), spanish), text);
    // A model that slips swaps two digits of the first amount: the fact diff must catch it.
    if (slipAmount) out = out.replace(/(\d)(\d)([.,]\d{2})(?!\d)/, '$2$1$3');
    return spanishAmounts(out);
  }
  // Back to English: the table the other way round, amounts with a decimal point again.
  return PHRASES.reduce((t, [english, spanish]) => t.replace(phrase(spanish), english), text).replace(/(\d+),(\d{2})(?!\d)/g, '$1.$2');
}

/** The intent task's deterministic "model": the first keyword found names the intent. */
const INTENT_KEYWORDS: Array<[RegExp, string]> = [
  [/invoice|rechnung|facture|factura/i, 'invoice'],
  [/refund|erstattung|remboursement|reembolso/i, 'refund'],
  [/broken|cracked|kaputt|cass[ée]|roto/i, 'damaged_item'],
  [/nonsense-intent/i, 'not_an_intent'],
];

function intentByKeyword(message: string): string {
  return INTENT_KEYWORDS.find(([pattern]) => pattern.test(message))?.[1] ?? 'other';
}

export function answerTask(
  request: { messages: Array<{ role: string; content: string }> },
  scenario: { draft?: unknown; slipAmount: boolean },
): unknown {
  const system = request.messages.find((m) => m.role === 'system')?.content ?? '';
  const user = request.messages.find((m) => m.role === 'user')?.content ?? '';
  const task = /TASK: (\w+)/.exec(system)?.[1];
  if (task === 'summary') {
    const numbers = [...(fenced(user, 'THREAD') ?? '').matchAll(/^\[(\d+)\] \((\w+)[^)]*\): (.{0,40})/gm)];
    const points = numbers.map((m) => ({ text: `Message ${m[1]} (${m[2]}): ${m[3]!.trim()}`, messages: [Number(m[1])] }));
    return { points: [...points, { text: 'A point citing a message that does not exist.', messages: [numbers.length + 7] }] };
  }
  if (task === 'intent') return { intent: intentByKeyword(fenced(user, 'MESSAGE') ?? '') };
  const reply = fenced(user, 'REPLY');
  if (task && reply !== null) {
    const target = /TARGET LANGUAGE: .*\((\w+)\)/.exec(user)?.[1] ?? 'en';
    const tasks: Record<string, () => string> = {
      shorter: () =>
        reply
          .split('\n')
          .filter((line) => line.trim())
          .slice(0, 2)
          .join('\n'),
      warmer: () => `Thank you so much for writing to us!\n${reply}`,
      firmer: () => reply.replace(/\b(?:maybe|perhaps|hopefully)\s+/gi, ''),
      grammar: () => reply.replace(/ {2,}/g, ' ').replace(/\bi\b/g, 'I'),
      translate: () => translate(reply, target, scenario.slipAmount),
      translate_back: () => translate(reply, target, false),
    };
    const text = tasks[task]?.();
    if (text !== undefined) return { text };
  }
  return scenario.draft ?? { reply: 'Hello from the loopback model.', facts_used: [] };
}
