import { describe, expect, it } from 'vitest';
import { fold, searchPlaces } from './search';

const places = [
  { id: 'uni-sodertorn', names: ['Södertörns högskola', 'Södertörn University'] },
  { id: 'uni-kth', names: ['KTH Campus Valhallavägen', 'KTH main campus'] },
  { id: 'hag-biomedicum', names: ['Biomedicum'] },
  { id: 'inc-kisp', names: ['Karolinska Institutet Science Park'] },
  { id: 'hag-karolinska', names: ['Karolinska Universitetssjukhuset Solna', 'Karolinska University Hospital Solna'] },
];

describe('search', () => {
  it('folds case and diacritics', () => {
    expect(fold('  Södertörn ÅÄÖ é ')).toBe('sodertorn aao e');
  });

  it('finds "Södertörn" from "sodertorn"', () => {
    expect(searchPlaces(places, 'sodertorn').map((p) => p.id)).toEqual(['uni-sodertorn']);
  });

  it('ranks prefix matches before word matches before substrings', () => {
    expect(searchPlaces(places, 'karolinska').map((p) => p.id)).toEqual(['inc-kisp', 'hag-karolinska']);
    expect(searchPlaces(places, 'campus').map((p) => p.id)).toEqual(['uni-kth']);
    expect(searchPlaces(places, 'medic').map((p) => p.id)).toEqual(['hag-biomedicum']);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchPlaces(places, '   ')).toEqual([]);
    expect(searchPlaces(places, 'a', 2)).toHaveLength(2);
  });
});
