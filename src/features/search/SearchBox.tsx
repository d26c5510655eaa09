import { useId, useMemo, useState } from 'react';
import bbox from '@turf/bbox';
import { useAtlas } from '../../store/store';
import { featureIndex, type IndexedFeature } from '../../store/selectors';
import { searchPlaces } from '../../geo/search';
import { pick, t } from '../../i18n/i18n';
import { layerName } from '../../i18n/labels';
import LayerSymbol from '../../ui/LayerSymbol';
import { REGION } from '../../data/layers';

/** An atlas feature, or a station / district / municipality from the transit network and area names. */
type Place =
  | { kind: 'feature'; id: string; names: string[]; hit: IndexedFeature }
  | {
      kind: 'station' | 'district' | 'municipality' | 'coordinate';
      id: string;
      names: string[];
      at: [number, number];
      bbox?: [number, number, number, number];
    };

const KIND_LABEL = {
  station: 'search.kind.station',
  district: 'search.kind.district',
  municipality: 'search.kind.municipality',
  coordinate: 'search.kind.coordinate',
} as const;

/** "59.35, 18.03" or "59,35 18,03" (lat, lng) inside REGION → a place to fly to or drop a site on. */
export function coordinatePlace(query: string): Place | null {
  const m = query.trim().match(/^(-?\d{1,2}(?:[.,]\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:[.,]\d+)?)$/);
  if (!m) return null;
  const lat = Number(m[1].replace(',', '.'));
  const lng = Number(m[2].replace(',', '.'));
  // Only inside the region the atlas covers (the same box the data check uses).
  if (!(lat >= REGION.south && lat <= REGION.north && lng >= REGION.west && lng <= REGION.east)) return null;
  return {
    kind: 'coordinate',
    id: `coord-${lat}-${lng}`,
    names: [`${lat.toFixed(5)}, ${lng.toFixed(5)}`],
    at: [lng, lat],
  };
}

/** A combobox (WAI-ARIA pattern): type, move with the arrow keys, Enter flies there and opens the details. */
export default function SearchBox() {
  const lang = useAtlas((s) => s.lang);
  const data = useAtlas((s) => s.data);
  const select = useAtlas((s) => s.select);
  const requestCamera = useAtlas((s) => s.requestCamera);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();

  const network = useAtlas((s) => s.network);
  const ensureNetwork = useAtlas((s) => s.ensureNetwork);
  const placing = useAtlas((s) => s.placing);
  const addSite = useAtlas((s) => s.addSite);
  const setPlacing = useAtlas((s) => s.setPlacing);
  const places = useMemo<Place[]>(() => {
    const features: Place[] = data
      ? [...featureIndex(data).values()].map((hit) => {
          const p = hit.feature.properties as { id: string; name: string; name_en?: string; company?: string };
          return {
            kind: 'feature',
            id: p.id,
            hit,
            names: [p.name, p.name_en, p.company].filter((n): n is string => Boolean(n)),
          };
        })
      : [];
    const stations: Place[] = (network?.stations ?? [])
      .filter((f) => f.properties.status === 'open')
      .map((f) => ({
        kind: 'station',
        id: f.properties.id,
        names: [f.properties.name],
        at: f.geometry.coordinates as [number, number],
      }));
    const areas: Place[] = (network?.areas ?? []).map((f) => ({
      kind: f.properties.kind,
      id: `${f.properties.kind}-${f.properties.name}`,
      names: [f.properties.name],
      at: f.geometry.coordinates as [number, number],
      bbox: f.properties.bbox,
    }));
    return [...features, ...stations, ...areas];
  }, [data, network]);
  const results = useMemo(() => {
    const coordinate = coordinatePlace(query);
    return coordinate ? [coordinate] : searchPlaces(places, query);
  }, [places, query]);

  const choose = (place: Place) => {
    setOpen(false);
    if (place.kind === 'feature') {
      select(place.id);
      const g = place.hit.feature.geometry;
      if (g.type === 'Point') requestCamera({ kind: 'fly', center: g.coordinates as [number, number], zoom: 15 });
      else requestCamera({ kind: 'fit', bounds: bbox(place.hit.feature) as [number, number, number, number] });
      setQuery(pick(lang, place.names[0], place.hit.feature.properties.name_en));
      return;
    }
    if (place.bbox) requestCamera({ kind: 'fit', bounds: place.bbox });
    else requestCamera({ kind: 'fly', center: place.at, zoom: 15 });
    setQuery(place.names[0]);
    // While the Site tab waits for a click, a station, district or coordinate becomes the site.
    if (placing) {
      addSite(place.at);
      setPlacing(false);
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && open && results[active]) {
      e.preventDefault();
      choose(results[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const expanded = open && query.trim().length > 0;
  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t('search.label', lang)}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${listId}-${results[active].id}` : undefined}
        placeholder={t('search.placeholder', lang)}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={ensureNetwork}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        data-testid="search"
      />
      {expanded && (
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA 1.2 combobox pattern: the input keeps focus and points at the option (aria-activedescendant).
        <ul id={listId} role="listbox" className="search-results" aria-label={t('search.label', lang)}>
          {results.length === 0 && <li className="muted search-none">{t('search.none', lang)}</li>}
          {results.map((place, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled on the combobox input (arrows, Enter), as the ARIA combobox pattern asks.
            // biome-ignore lint/a11y/useFocusableInteractive: options are not focused themselves; the input points at the active one (aria-activedescendant).
            <li
              key={place.id}
              id={`${listId}-${place.id}`}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the listbox in the ARIA combobox pattern.
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(place)}
            >
              {place.kind === 'feature' ? (
                <>
                  <LayerSymbol layer={place.hit.layer} size={14} />
                  <span>{pick(lang, place.names[0], place.hit.feature.properties.name_en)}</span>
                  <span className="muted">{layerName(place.hit.layer, lang)}</span>
                </>
              ) : (
                <>
                  <span className={`search-kind search-kind-${place.kind}`} aria-hidden="true" />
                  <span>{place.names[0]}</span>
                  <span className="muted">{t(KIND_LABEL[place.kind], lang)}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <span className="visually-hidden" aria-live="polite">
        {expanded ? (results.length ? t('search.count', lang, { n: results.length }) : t('search.none', lang)) : ''}
      </span>
    </div>
  );
}
