import { describe, expect, it } from 'vitest';
import { CREATED, STYLED, loadProgress } from './load-progress';

describe('loadProgress', () => {
  it('starts at "created", moves to "styled", then with the share of announced sources loaded', () => {
    const p = loadProgress();
    expect(p.value).toBe(CREATED);
    expect(p.styled()).toBe(STYLED);
    p.source('water', false);
    p.source('rail', false);
    const half = p.source('water', true);
    expect(half).toBeGreaterThan(STYLED);
    expect(half).toBeCloseTo(STYLED + (0.95 - STYLED) / 2);
    expect(p.source('rail', true)).toBeCloseTo(0.95);
  });

  it('never goes back, when a source announced later lowers the share', () => {
    const p = loadProgress();
    p.styled();
    const v = p.source('water', true);
    expect(p.source('places', false)).toBe(v);
    expect(p.value).toBe(v);
  });

  it('stops short of the end (the end is the first idle, when the bar goes)', () => {
    const p = loadProgress();
    for (const id of ['a', 'b', 'c']) p.source(id, true);
    expect(p.value).toBeLessThan(1);
    expect(p.styled()).toBeLessThan(1);
  });

  it('counts a source once however many of its events arrive', () => {
    const p = loadProgress();
    p.styled();
    for (let i = 0; i < 50; i++) p.source('water', false);
    p.source('rail', true);
    expect(p.value).toBeCloseTo(STYLED + (0.95 - STYLED) / 2);
  });
});
