import { describe, expect, it } from 'vitest';
import { countsByYear, sliderRange, statusAt, yearRange, yearsBetween } from './timeline';

// Fixtures: a company that moved within the zone, one that closed, a planned building, one of
// unknown year, and a late arrival.
const moved_old = { since: 2010, since_kind: 'founded' as const, until: 2020 };
const moved_new = { since: 2020, since_kind: 'moved-in' as const };
const closed = { since: 2012, since_kind: 'opened' as const, until: 2018 };
const planned = { since: 2028, since_kind: 'planned' as const };
const unknown = {};
const late = { since: 2024, since_kind: 'moved-in' as const };
const places = [moved_old, moved_new, closed, planned, unknown, late];

describe('places over time', () => {
  it('gives each place its status in a year', () => {
    expect(statusAt(moved_old, 2019)).toBe('present');
    expect(statusAt(moved_old, 2020)).toBe('absent');
    expect(statusAt(moved_new, 2019)).toBe('absent');
    expect(statusAt(moved_new, 2020)).toBe('present');
    expect(statusAt(closed, 2018)).toBe('absent');
    expect(statusAt(planned, 2026, 2026)).toBe('planned');
    expect(statusAt(planned, 2027, 2026)).toBe('planned');
    // A plan is not shown in years before we know of it.
    expect(statusAt(planned, 2020, 2026)).toBe('absent');
    expect(statusAt(planned, 2028, 2026)).toBe('present');
    expect(statusAt(unknown, 1990)).toBe('unknown');
    expect(statusAt(late, 2015)).toBe('absent');
    // Planned for a year that has passed, never confirmed: unknown, not assumed done.
    expect(statusAt({ since: 2023, since_kind: 'planned' }, 2025, 2026)).toBe('unknown');
  });

  it('counts per year: a move is one organisation, a closure drops out, unknown years apart', () => {
    const { series, unknown: u } = countsByYear(places, yearsBetween(2009, 2029), 2026);
    const at = (y: number) => series.find((s) => s.year === y)!;
    expect(at(2009)).toEqual({ year: 2009, present: 0, planned: 0 });
    expect(at(2010)).toEqual({ year: 2010, present: 1, planned: 0 });
    expect(at(2015)).toEqual({ year: 2015, present: 2, planned: 0 });
    expect(at(2018)).toEqual({ year: 2018, present: 1, planned: 0 });
    expect(at(2026)).toEqual({ year: 2026, present: 2, planned: 1 });
    // The move: still one.
    expect(at(2019).present).toBe(1);
    expect(at(2020).present).toBe(1);
    expect(at(2024).present).toBe(2);
    expect(at(2028)).toEqual({ year: 2028, present: 3, planned: 0 });
    expect(u).toBe(1);
  });

  it('spans the sourced years and starts the slider where the cluster does', () => {
    expect(yearRange(places, 2026)).toEqual({ from: 2010, to: 2028 });
    expect(sliderRange([{ since: 1477, since_kind: 'founded' }, ...places], 2026)).toEqual({ from: 1990, to: 2028 });
  });
});
