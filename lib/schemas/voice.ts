import { z } from 'zod';

const Phrase = z.string().trim().min(1, 'must not be empty').max(200);

/**
 * The team's instructions and brand voice for AI drafts and rewrites: set in Settings → AI and
 * carried by packs (`voice`). They are the TEAM's words and go into the prompt as instructions;
 * customer text never does. Every field is optional so a pack can say only what it cares about.
 */
export const TeamVoiceSchema = z.strictObject({
  /** Free text: how the team wants replies written ("Always offer the prepaid return label first"). */
  instructions: z.string().max(4000).default(''),
  /** Tone in a few words ("warm, brief, no jargon"); empty falls back to the shop's brand voice. */
  tone: z.string().max(500).default(''),
  wordsToUse: z.array(Phrase).max(100).default([]),
  wordsToAvoid: z.array(Phrase).max(100).default([]),
  /** What a reply must never promise ("a refund before the parcel is back", "delivery by a date"). */
  neverPromise: z.array(Phrase).max(50).default([]),
});
export type TeamVoice = z.infer<typeof TeamVoiceSchema>;
export const EMPTY_TEAM_VOICE: TeamVoice = TeamVoiceSchema.parse({});

/** The voice as stored with an installed pack: where it came from, for the prompt's headings. */
export interface SourcedVoice {
  source: string;
  voice: TeamVoice;
}
