import { describe, expect, it } from 'vitest';
import { isBareOpening, rememberWelcomeDismissed, welcomeDismissed } from './welcome-memory';

describe('welcome card memory', () => {
  it('is remembered once dismissed', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
    expect(welcomeDismissed(storage)).toBe(false);
    rememberWelcomeDismissed(storage);
    expect(welcomeDismissed(storage)).toBe(true);
  });

  it('storage that throws neither breaks nor claims it was dismissed', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(welcomeDismissed(throwing)).toBe(false);
    expect(() => rememberWelcomeDismissed(throwing)).not.toThrow();
  });

  it('a browser whose localStorage getter throws (site data blocked) neither breaks nor claims it', () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      expect(welcomeDismissed()).toBe(false);
      expect(() => rememberWelcomeDismissed()).not.toThrow();
    } finally {
      if (original) Object.defineProperty(globalThis, 'localStorage', original);
    }
  });

  it('shows only on a bare opening, not on a shared link', () => {
    expect(isBareOpening('')).toBe(true);
    expect(isBareOpening('?lang=sv')).toBe(true);
    expect(isBareOpening('?lang=en&basemap=online')).toBe(true);
    expect(isBareOpening('?zones=zone-hagastaden&within=1000')).toBe(false);
    expect(isBareOpening('?story=stockholm-life-science-hub')).toBe(false);
  });
});
