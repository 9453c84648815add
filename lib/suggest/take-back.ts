/**
 * "Don't cancel it after all" withdraws the request it names (LABELS.md): read alone it would be
 * that request, so it is none, and one asked earlier in the mail is withdrawn with it. "Ignore my
 * last email! The one about the new address." / "… The parcel was in the recycling box.": a
 * take-back that names no request is told by the story after it, no request either. Cues:
 * lead-cues.json takenBack.
 */
import type { Intent } from '@/lib/schemas/template';
import { asks } from '@/lib/suggest/ask-cues';
import { takesBack } from '@/lib/suggest/lead-cues';
import type { IntentReading } from '@/lib/suggest/request-types';

/**
 * A reader of a message's clauses in order that says whether a clause takes a request back (or
 * names the one a take-back left unnamed), withdrawing that request from those found so far.
 */
export function takeBackReader(read: (text: string) => IntentReading, isRequest: (reading: IntentReading) => boolean) {
  let takenBackUnnamed = false;
  return (clause: string, requests: { intent: Intent }[]): boolean => {
    const withdraw = (named: Intent) => {
      const withdrawn = requests.findIndex((r) => r.intent === named);
      if (withdrawn >= 0) requests.splice(withdrawn, 1);
    };
    if (takesBack(clause)) {
      const named = read(clause);
      withdraw(named.intent);
      takenBackUnnamed = !isRequest(named);
      return true;
    }
    const namesTakenBack = takenBackUnnamed && !asks(clause);
    takenBackUnnamed = false;
    if (namesTakenBack) withdraw(read(clause).intent);
    return namesTakenBack;
  };
}
