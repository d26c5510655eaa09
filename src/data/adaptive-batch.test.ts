import { describe, expect, it } from 'vitest';
import { adaptiveBatch } from './adaptive-batch';

describe('adaptiveBatch', () => {
  it('grows while batches are quick, shrinks when one is slow, within its bounds', () => {
    const b = adaptiveBatch(1000, 250, 8000, 12);
    b.took(2);
    expect(b.size).toBe(2000);
    b.took(2);
    b.took(2);
    b.took(2);
    expect(b.size).toBe(8000); // capped
    b.took(300);
    expect(b.size).toBe(4000);
    b.took(300);
    b.took(300);
    b.took(300);
    b.took(300);
    expect(b.size).toBe(250); // floored
    b.took(12); // on budget: stays
    expect(b.size).toBe(250);
  });

  it('starts inside its bounds', () => {
    expect(adaptiveBatch(10, 100, 1000).size).toBe(100);
    expect(adaptiveBatch(1e6, 100, 1000).size).toBe(1000);
  });
});
