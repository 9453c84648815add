import { describe, expect, it } from 'vitest';
import type { GenericMessage } from '@/lib/sites/generic-message';
import { classRoles, sideRoles } from '@/lib/sites/structural-class-roles';

const block = (words: string[], side: GenericMessage['side'] = null): GenericMessage => ({
  author: {},
  text: 'Bonjour, où en est ma commande ?',
  classWords: new Set(words),
  header: '',
  side,
  kind: 'div.bloc',
});

describe('roles from class words some blocks have and others lack', () => {
  it('reads the words that differ, not those every block shares', () => {
    expect(classRoles([block(['bloc', 'client']), block(['bloc', 'agent'])])).toEqual(['customer', 'agent']);
    expect(classRoles([block(['bloc', 'support']), block(['bloc', 'support'])])).toEqual([null, null]);
  });

  it('takes unmarked blocks with words of their own for ours when only the customer is marked', () => {
    expect(classRoles([block(['bloc', 'requester']), block(['bloc', 'reply']), block(['bloc'])])).toEqual(['customer', 'agent', null]);
  });

  it('says nothing of a block marked both ways', () => {
    expect(classRoles([block(['incoming', 'note']), block(['bloc'])])).toEqual([null, null]);
  });
});

describe('roles from the side a chat puts a block on', () => {
  it('gives the end side to us and the start side to the customer', () => {
    expect(sideRoles([block([], 'start'), block([], 'end')])).toEqual(['customer', 'agent']);
  });

  it('says nothing when every block sits on the end side', () => {
    expect(sideRoles([block([], 'end'), block([], 'end')])).toEqual([null, null]);
  });
});
