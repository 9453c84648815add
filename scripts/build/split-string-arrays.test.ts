import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { splitStringArrays } from './split-string-arrays';

describe('splitStringArrays', () => {
  it('joins a literal array of three or more plain strings and builds the same array', () => {
    const code = 'var w=["hi","hello","hallo","bonjour","hola","こんにちは","aujourd\'hui"];JSON.stringify(w)';
    const split = splitStringArrays(code);
    expect(split).toContain('"hi|hello|hallo|bonjour|hola|こんにちは|aujourd\'hui".split("|")');
    expect(runInNewContext(split)).toBe(runInNewContext(code));
  });

  it('leaves short arrays, mixed arrays, words holding the separator and strings that only look like arrays', () => {
    const code = [
      'var a=["p","h1"],b=["a","b","c",1],c=["a|b","c","d","e","f","g"],d=["a",,"b","c","d","e"];',
      'var e=\'["a","b","c","d","e","f"]\',f=/["a","b","c","d","e","f"]/;',
      'JSON.stringify([a,b,c,d,e,f.source])',
    ].join('');
    expect(splitStringArrays(code)).toBe(code);
  });

  it('rewrites nested arrays and arrays inside expressions', () => {
    const code = 'JSON.stringify({x:[["a","b","c","d","e","f"],["g","h","i","j","k","l"]].flat(),y:(()=>["m","n","o","p","q","r"])()})';
    const split = splitStringArrays(code);
    expect(split.match(/\.split\("\|"\)/g)).toHaveLength(3);
    expect(runInNewContext(split)).toBe(runInNewContext(code));
  });
});
