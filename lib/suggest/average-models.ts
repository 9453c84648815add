/**
 * The mean of linear models trained on the same features with different seeds. For a linear
 * model, averaging the weights averages the logits, so K members cost the file and the reading
 * time of one; what averages away is the part of each model that only its seed decided (the
 * shuffle order, which Bitext rows got an envelope): retraining noise.
 */
import type { LinearModel } from '@/lib/suggest/linear-model';

export function averageModels(members: readonly LinearModel[]): LinearModel {
  const first = members[0];
  if (!first) throw new Error('averageModels: no members');
  for (const member of members) {
    const sameShape =
      member.weights.length === first.weights.length &&
      member.bias.length === first.bias.length &&
      member.intents.join() === first.intents.join() &&
      JSON.stringify(member.config) === JSON.stringify(first.config);
    if (!sameShape) throw new Error('averageModels: members differ in intents, features or size');
    if (member.companion) throw new Error('averageModels: members with a companion are not averaged');
  }
  // Sum in float64, in member order, then round once: the same members give the same bytes.
  const mean = (pick: (model: LinearModel) => Float32Array) => {
    const sum = new Float64Array(pick(first).length);
    for (const member of members) pick(member).forEach((value, i) => (sum[i]! += value));
    return Float32Array.from(sum, (value) => value / members.length);
  };
  return { intents: first.intents, config: first.config, weights: mean((m) => m.weights), bias: mean((m) => m.bias), temperature: 1 };
}
