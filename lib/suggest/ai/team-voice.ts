/**
 * The team's voice in a prompt, and the check of a model's text against it. Voices come from
 * Settings → AI and from installed packs; all of them apply (a pack's and the team's own lists
 * add up). The lines go into the SYSTEM message as the team's instructions: only the team writes
 * them. Customer text never becomes an instruction (lib/suggest/ai/prompt.ts fences it).
 */
import type { ShopFacts } from '@/lib/schemas/settings';
import type { SourcedVoice, TeamVoice } from '@/lib/schemas/voice';

const MAX_INSTRUCTION_CHARS = 4000;

export interface MergedVoice {
  tone: string;
  instructions: Array<{ source: string; text: string }>;
  wordsToUse: string[];
  wordsToAvoid: string[];
  neverPromise: string[];
}

const uniqueFold = (values: string[]) => {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

export function mergeVoices(voices: readonly SourcedVoice[], shop?: Pick<ShopFacts, 'brandVoice'>): MergedVoice {
  const all = (pick: (voice: TeamVoice) => string[]) => uniqueFold(voices.flatMap(({ voice }) => pick(voice)));
  return {
    tone: voices.map(({ voice }) => voice.tone.trim()).find(Boolean) ?? shop?.brandVoice.trim() ?? '',
    instructions: voices.flatMap(({ source, voice }) => (voice.instructions.trim() ? [{ source, text: voice.instructions.trim() }] : [])),
    wordsToUse: all((voice) => voice.wordsToUse),
    wordsToAvoid: all((voice) => voice.wordsToAvoid),
    neverPromise: all((voice) => voice.neverPromise),
  };
}

const quoted = (values: string[]) => values.map((value) => `"${value}"`).join(', ');

/** The system-message lines that carry the team's voice; [] when the team set nothing. */
export function voiceInstructionLines(voice: MergedVoice): string[] {
  const lines: string[] = [];
  if (voice.tone) lines.push(`- Tone (the team's brand voice): ${voice.tone}.`);
  if (voice.wordsToUse.length) lines.push(`- Prefer these words and phrases where they fit: ${quoted(voice.wordsToUse)}.`);
  if (voice.wordsToAvoid.length) lines.push(`- Never use these words or phrases: ${quoted(voice.wordsToAvoid)}.`);
  if (voice.neverPromise.length) lines.push(`- Never promise any of these: ${quoted(voice.neverPromise)}.`);
  let budget = MAX_INSTRUCTION_CHARS;
  for (const { source, text } of voice.instructions) {
    const kept = text.slice(0, Math.max(0, budget));
    budget -= kept.length;
    if (kept) lines.push(`- The team's own instructions (${source}):\n${kept}`);
  }
  return lines;
}

export interface VoiceFinding {
  kind: 'avoided_word' | 'promise';
  /** The list entry that matched. */
  rule: string;
  text: string;
  start: number;
  end: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function phrasePattern(phrase: string): RegExp {
  const body = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  // Letters on both sides end a match for Latin scripts; CJK words have no spaces around them.
  return /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(phrase)
    ? new RegExp(body, 'giu')
    : new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Words to avoid and never-promise phrases found in a text (an AI draft, a rewrite), in order. */
export function lintVoice(text: string, voice: MergedVoice): VoiceFinding[] {
  const findings: VoiceFinding[] = [];
  const scan = (rules: string[], kind: VoiceFinding['kind']) => {
    for (const rule of rules) {
      for (const m of text.matchAll(phrasePattern(rule))) {
        const start = m.index ?? 0;
        findings.push({ kind, rule, text: m[0], start, end: start + m[0].length });
      }
    }
  };
  scan(voice.wordsToAvoid, 'avoided_word');
  scan(voice.neverPromise, 'promise');
  return findings.sort((a, b) => a.start - b.start);
}

export function describeVoiceFindings(findings: readonly VoiceFinding[]): string {
  const avoided = [...new Set(findings.filter((f) => f.kind === 'avoided_word').map((f) => `"${f.text}"`))];
  const promised = [...new Set(findings.filter((f) => f.kind === 'promise').map((f) => `"${f.rule}"`))];
  return [
    avoided.length ? `uses ${avoided.join(', ')}, which your team avoids` : '',
    promised.length ? `promises ${promised.join(', ')}, which your team never promises` : '',
  ]
    .filter(Boolean)
    .join('; ');
}
