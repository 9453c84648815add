import { describe, expect, it } from 'vitest';
import { changeHistoryLines } from './history-lines';

const upper = (line: string) => line.toUpperCase();

describe('changeHistoryLines', () => {
  it('changes only the lines that are not the expected text', () => {
    const input = 'Danke!\n\nAm 1. Mai schrieb Laden:\n> Hallo';
    expect(changeHistoryLines(input, 'Danke!', upper)).toBe('Danke!\n\nAM 1. MAI SCHRIEB LADEN:\n> HALLO');
  });

  it('leaves a line that starts with the expected text (a reply on the attribution line)', () => {
    expect(changeHistoryLines('ok thanks On Mon, Shop wrote:', 'ok thanks', upper)).toBeUndefined();
  });

  it('answers undefined when nothing changed', () => {
    expect(changeHistoryLines('Hi\n> quoted', 'Hi', (line) => line)).toBeUndefined();
  });
});
