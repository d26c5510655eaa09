import { Popup } from 'react-map-gl/maplibre';
import { useAtlas } from '../store/store';
import { featureIndex, selectSelected } from '../store/selectors';
import { pick, t } from '../i18n/i18n';
import { layerName } from '../i18n/labels';

/**
 * While presenting the side panel is hidden, so a click on a place answers on the map: a
 * callout with its name, what it is and where, at the place itself.
 */
export default function PlaceCallout() {
  const lang = useAtlas((s) => s.lang);
  const presenting = useAtlas((s) => s.presenting);
  const selected = useAtlas(selectSelected);
  const data = useAtlas((s) => s.data);
  const select = useAtlas((s) => s.select);
  if (!presenting || !selected || selected.layer === 'zones' || selected.feature.geometry.type !== 'Point' || !data)
    return null;
  const p = selected.feature.properties as {
    name: string;
    name_en?: string;
    address?: string;
    building?: string;
    description_sv?: string;
    description_en?: string;
  };
  const [lng, lat] = selected.feature.geometry.coordinates;
  const host = p.building ? featureIndex(data).get(p.building)?.feature.properties.name : undefined;
  const description = pick(lang, p.description_sv ?? '', p.description_en);
  return (
    <Popup
      longitude={lng}
      latitude={lat}
      anchor="bottom"
      offset={14}
      closeButton={false}
      closeOnClick={false}
      maxWidth="320px"
      className="story-callout"
    >
      <div data-testid="story-callout" role="dialog" aria-label={pick(lang, p.name, p.name_en)}>
        <p className="story-callout-kind">{layerName(selected.layer, lang)}</p>
        <h3>{pick(lang, p.name, p.name_en)}</h3>
        {(host || p.address) && <p className="muted">{[host, p.address].filter(Boolean).join(' · ')}</p>}
        {description && <p>{description}</p>}
        <button type="button" className="link-button" onClick={() => select(null)}>
          {t('story.calloutClose', lang)}
        </button>
      </div>
    </Popup>
  );
}
