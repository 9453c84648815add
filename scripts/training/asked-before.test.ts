import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_OPTIONS, type TrainingExample, trainIntentModel } from '@/lib/suggest/train';
import { namesSomethingTo } from './asked-before';

const rows = (intent: TrainingExample['intent'], texts: string[]) => texts.map((text) => ({ text, intent }));
const model = trainIntentModel(
  [
    ...rows('refund', ['I want my money back', 'please refund me', 'refund my order', 'where is my refund']),
    ...rows('where_is_my_order', ['where is my parcel', 'my package has not arrived', 'track my order']),
    ...rows('other', ['thanks a lot', 'have a nice day', 'kind regards', 'thank you so much']),
  ],
  DEFAULT_TRAIN_OPTIONS,
);

describe('whether an ask names something, as the clause rule asks it', () => {
  const namesSomething = namesSomethingTo(model);

  it('a request the model reads alone names something', () => {
    expect(namesSomething('Can you refund my money back?')).toBe(true);
  });

  it('a courtesy read as other names nothing, however sure the model is of it', () => {
    expect(namesSomething('Thanks a lot, have a nice day?')).toBe(false);
  });
});
