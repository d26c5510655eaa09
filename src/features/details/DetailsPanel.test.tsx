import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { readFileSync, readdirSync } from 'node:fs';
import { validateAtlasData } from '../../data/validate';
import { useAtlas } from '../../store/store';
import DetailsPanel from './DetailsPanel';

function fixtureData() {
  const dir = 'test/fixtures/data-valid';
  const files = Object.fromEntries(
    readdirSync(dir).map((n) => [`data/${n}`, JSON.parse(readFileSync(`${dir}/${n}`, 'utf8'))]),
  );
  return validateAtlasData(files).data!;
}

function realData() {
  const files = Object.fromEntries(
    readdirSync('data')
      .filter((n) => n.endsWith('.geojson'))
      .map((n) => [`data/${n}`, JSON.parse(readFileSync(`data/${n}`, 'utf8'))]),
  );
  return validateAtlasData(files).data!;
}

describe('DetailsPanel over the real data', () => {
  afterEach(cleanup);

  // Every place the atlas has opens its details, with its source as a link, the source's date
  // (or "undated") and the date checked; a building lists who is in it, an occupant its building.
  it('renders every feature of every layer', () => {
    const data = realData();
    const all = [...Object.values(data.layers).flatMap((fc) => fc.features), ...data.zones.features];
    expect(all.length).toBeGreaterThan(250);
    for (const f of all) {
      const p = f.properties as { id: string; source: string; checked: string; building?: string };
      useAtlas.setState({ data, lang: 'en', selectedId: p.id });
      const { unmount } = render(<DetailsPanel />);
      const panel = screen.getByTestId('details');
      expect(panel.querySelector('a[href]')?.getAttribute('href'), p.id).toBe(p.source);
      expect(panel.textContent, p.id).toContain(p.checked);
      expect(panel.textContent, p.id).toMatch(/source dated \d{4}|the source is undated/);
      if (p.building) expect(screen.getByTestId('details-building').textContent, p.id).toMatch(/Located in/);
      unmount();
    }
  }, 60_000);

  it('lists a building’s occupants', () => {
    const data = realData();
    useAtlas.setState({ data, lang: 'en', selectedId: 'bld-forskaren' });
    render(<DetailsPanel />);
    const tenants = screen.getByTestId('details-tenants').textContent ?? '';
    const expected = Object.values(data.layers)
      .flatMap((fc) => fc.features)
      .filter((f) => f.properties.building === 'bld-forskaren');
    expect(expected.length).toBeGreaterThan(5);
    for (const f of expected) expect(tenants).toContain(f.properties.name_en ?? f.properties.name);
  });
});

describe('DetailsPanel', () => {
  beforeEach(() => useAtlas.setState({ data: fixtureData(), lang: 'en', selectedId: null }));
  afterEach(cleanup);

  it('asks for a click when nothing is selected', () => {
    render(<DetailsPanel />);
    expect(screen.getByText(/Click a place on the map/)).toBeTruthy();
  });

  it('shows the source as a working link, the date checked and the policy points', () => {
    useAtlas.setState({ selectedId: 'pha-a' });
    render(<DetailsPanel />);
    const link = screen.getByRole('link', { name: 'https://example.org/x' });
    expect(link.getAttribute('href')).toBe('https://example.org/x');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.getByText('2026-11-24')).toBeTruthy();
    expect(screen.getByText('P5')).toBeTruthy();
    expect(screen.getByText('Headquarters')).toBeTruthy();
  });

  it('switches to Swedish', () => {
    useAtlas.setState({ selectedId: 'pha-a', lang: 'sv' });
    render(<DetailsPanel />);
    expect(screen.getByText('Huvudkontor')).toBeTruthy();
    expect(screen.getByText('Källa', { exact: false })).toBeTruthy();
  });

  it('renders hostile text as text and never makes a javascript: URL clickable', () => {
    const data = fixtureData();
    const p = data.layers.pharma.features[0].properties as Record<string, unknown>;
    p.description_en = '<img src=x onerror="window.__pwned=1">';
    p.source = 'javascript:alert(1)';
    useAtlas.setState({ data, selectedId: 'pha-a' });
    const { container } = render(<DetailsPanel />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="window.__pwned=1">')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
