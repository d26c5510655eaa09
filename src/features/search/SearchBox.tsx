import { useId, useMemo, useState } from 'react';
import bbox from '@turf/bbox';
import { useAtlas } from '../../store/store';
import { featureIndex, type IndexedFeature } from '../../store/selectors';
import { searchPlaces } from '../../geo/search';
import { pick, t } from '../../i18n/i18n';
import { layerName } from '../../i18n/labels';
import LayerSymbol from '../../ui/LayerSymbol';

interface Place {
  id: string;
  names: string[];
  hit: IndexedFeature;
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

  const places = useMemo<Place[]>(() => {
    if (!data) return [];
    return [...featureIndex(data).values()].map((hit) => {
      const p = hit.feature.properties as { id: string; name: string; name_en?: string; company?: string };
      return { id: p.id, hit, names: [p.name, p.name_en, p.company].filter((n): n is string => Boolean(n)) };
    });
  }, [data]);
  const results = useMemo(() => searchPlaces(places, query), [places, query]);

  const choose = (place: Place) => {
    select(place.id);
    const g = place.hit.feature.geometry;
    if (g.type === 'Point') requestCamera({ kind: 'fly', center: g.coordinates as [number, number], zoom: 15 });
    else requestCamera({ kind: 'fit', bounds: bbox(place.hit.feature) as [number, number, number, number] });
    setOpen(false);
    setQuery(pick(lang, place.names[0], place.hit.feature.properties.name_en));
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
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        data-testid="search"
      />
      {expanded && (
        <ul id={listId} role="listbox" className="search-results" aria-label={t('search.label', lang)}>
          {results.length === 0 && <li className="muted search-none">{t('search.none', lang)}</li>}
          {results.map((place, i) => (
            <li
              key={place.id}
              id={`${listId}-${place.id}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(place)}
            >
              <LayerSymbol layer={place.hit.layer} size={14} />
              <span>{pick(lang, place.names[0], place.hit.feature.properties.name_en)}</span>
              <span className="muted">{layerName(place.hit.layer, lang)}</span>
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
