/**
 * Wraps short one-line requests (Bitext's style) in the furniture of a real email: greeting,
 * intent-neutral context sentences, sign-off, name. The classifier strips most of this itself;
 * training on it teaches the model that the leftovers carry no intent.
 */
import { seededRandom } from '@/lib/suggest/train';
import type { TrainingExample } from '@/lib/suggest/train';

const GREETINGS = ['Hi,', 'Hello,', 'Hi there,', 'Dear Sir or Madam,', 'Hello team,', 'Hey,', 'Good morning,', ''];
const OPENERS = [
  'I hope you are well.',
  'I am writing about my recent purchase.',
  'I bought something from your shop last week.',
  'I have a question.',
  'My order number is #{n}.',
  'This is about order {n}.',
  'I am a regular customer of yours.',
  '',
  '',
];
const CLOSERS = [
  'Thanks in advance for your help.',
  'Looking forward to your reply.',
  'Please let me know as soon as possible.',
  'Could you help me with this?',
  'I appreciate your help.',
  '',
  '',
];
const SIGN_OFFS = ['Thanks,', 'Best regards,', 'Kind regards,', 'Cheers,', 'Many thanks,', 'Sent from my iPhone', ''];
const NAMES = ['Anna', 'J. Miller', 'Tom', 'Priya Shah', 'Luis', 'Mei', 'Chris Evans', 'Fatima'];

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function inEnvelope(examples: TrainingExample[], seed: number): TrainingExample[] {
  const random = seededRandom(seed);
  return examples.map(({ text, intent }) => {
    const orderNumber = String(1000 + Math.floor(random() * 9000));
    const opener = pick(OPENERS, random).replace('{n}', orderNumber);
    const signOff = pick(SIGN_OFFS, random);
    const parts = [
      pick(GREETINGS, random),
      [opener, capitalise(text.trim()), pick(CLOSERS, random)].filter(Boolean).join(' '),
      signOff && !signOff.startsWith('Sent') ? `${signOff}\n${pick(NAMES, random)}` : signOff,
    ];
    return { text: parts.filter(Boolean).join('\n\n'), intent };
  });
}
