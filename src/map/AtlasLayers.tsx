import { useDeferredValue, useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import { POINT_LAYER_IDS, type PointLayerId } from '../data/layers';
import { selectFilterResults, selectFiltering, shownYear, timeData } from '../store/selectors';
import { statusAt, type TimeStatus } from '../data/timeline';
import { OUTSIDE } from '../geo/zone-index';
import { useAtlas } from '../store/store';
import { zoneLabelPoints } from '../geo/zone-label-points';
import ZoneBufferLayers from './ZoneBufferLayers';
import {
  HOST_LAYERS,
  placeLayerSpecs,
  pointLabelSpec,
  placeHighlightSpec,
  type TimeStyle,
  PLACES_SOURCE,
  PLACE_LABELS_SOURCE,
  placesInDrawOrder,
  placesInLabelOrder,
  zoneLayerSpecs,
  ZONE_LABELS_SOURCE,
  ZONES_SOURCE,
  type SourcedLayer,
} from './layers/atlas-layers';
import { withOccupantCounts } from '../geo/occupants';

/**
 * The atlas's own data on the map: zones under points; every dataset's places in one source,
 * drawn by one ring layer and one icon layer, and named by a label layer per dataset.
 */
export default function AtlasLayers() {
  const data = useAtlas(timeData);
  const timeOn = useAtlas((s) => s.year !== null);
  const year = useAtlas(shownYear);
  const lang = useAtlas((s) => s.lang);
  const visible = useAtlas((s) => s.visibleLayers);
  const selectedId = useAtlas((s) => s.selectedId);
  const zoneLabels = useMemo(() => (data ? zoneLabelPoints(data.zones) : null), [data]);
  const zoneSpecs = useMemo(() => zoneLayerSpecs(lang, selectedId), [lang, selectedId]);
  // Deferred: a zone tick or a slider move shows its counts in the panel first; the map restyles
  // in the render after (the counts are what the user reads; the map follows a frame later).
  const results = useDeferredValue(useAtlas(selectFilterResults));
  const filtering = useDeferredValue(useAtlas(selectFiltering));
  const outsideMode = useDeferredValue(useAtlas((s) => s.outside));
  const highlight = useAtlas((s) => s.highlight);
  const hostsShown = HOST_LAYERS.some((l) => visible.includes(l));
  const places = useMemo(() => {
    if (!data) return null;
    const byLayer = withOccupantCounts(data);
    return { drawn: placesInDrawOrder(byLayer), labelled: placesInLabelOrder(byLayer) };
  }, [data]);
  const specs = useMemo(() => {
    const time = (layer: PointLayerId): TimeStyle => {
      const by: Record<TimeStatus, string[]> = { present: [], planned: [], unknown: [], absent: [] };
      for (const f of data?.layers[layer].features ?? []) by[statusAt(f.properties, year)].push(f.properties.id);
      // Without the time control every place is simply shown (a planned one's name says so).
      return { absent: by.absent, unknown: timeOn ? by.unknown : [], planned: timeOn ? by.planned : [] };
    };
    const times = Object.fromEntries(POINT_LAYER_IDS.map((l) => [l, time(l)])) as Record<PointLayerId, TimeStyle>;
    // Places not there in the year are hidden, not "outside the zones".
    const outsideIds = (layer: PointLayerId) => {
      if (!filtering || !data || !results) return [];
      const absent = new Set(times[layer].absent);
      return data.layers[layer].features
        .filter((f, i) => results[layer].classes[i] === OUTSIDE && !absent.has(f.properties.id))
        .map((f) => f.properties.id);
    };
    const outside = Object.fromEntries(POINT_LAYER_IDS.map((l) => [l, outsideIds(l)])) as Record<
      PointLayerId,
      string[]
    >;
    const all = (pick: (l: PointLayerId) => readonly string[]) => POINT_LAYER_IDS.flatMap(pick);
    const shown = POINT_LAYER_IDS.filter((l) => visible.includes(l));
    const allTimes: TimeStyle = {
      absent: all((l) => times[l].absent),
      unknown: all((l) => times[l].unknown),
      planned: all((l) => times[l].planned),
    };
    return {
      places: placeLayerSpecs(
        shown,
        selectedId,
        { ids: all((l) => outside[l]), mode: outsideMode },
        highlight,
        allTimes,
      ),
      labels: POINT_LAYER_IDS.map((l) =>
        pointLabelSpec(l, lang, selectedId, { ids: outside[l], mode: outsideMode }, highlight, hostsShown, times[l]),
      ),
      highlight: placeHighlightSpec(shown, lang, selectedId, highlight, allTimes),
    };
  }, [lang, selectedId, data, results, filtering, outsideMode, highlight, hostsShown, year, timeOn, visible]);

  if (!data || !zoneLabels || !places) return null;
  const visibility = (on: boolean) => ({ visibility: on ? ('visible' as const) : ('none' as const) });
  const withVisibility = (spec: SourcedLayer, on: boolean) => (
    <Layer key={spec.id} {...spec} layout={{ ...spec.layout, ...visibility(on) }} />
  );
  // Labels go above every symbol and, among themselves, in reverse priority order: MapLibre
  // places the topmost layer's labels first, so the district anchors and the zone names win
  // collisions in dense Hagastaden.
  return (
    <>
      <Source id={ZONES_SOURCE} type="geojson" data={data.zones}>
        {zoneSpecs
          .filter((spec) => spec.source === ZONES_SOURCE)
          .map((spec) => withVisibility(spec, visible.includes('zones')))}
      </Source>
      <ZoneBufferLayers />
      <Source id={PLACE_LABELS_SOURCE} type="geojson" data={places.labelled} />
      <Source id={PLACES_SOURCE} type="geojson" data={places.drawn} />
      {specs.places.map((spec) => (
        <Layer key={spec.id} {...spec} />
      ))}
      <Source id={ZONE_LABELS_SOURCE} type="geojson" data={zoneLabels} />
      {POINT_LAYER_IDS.map((layer, i) => ({ layer, spec: specs.labels[i] }))
        .reverse()
        .map(({ layer, spec }) => withVisibility(spec, visible.includes(layer)))}
      {zoneSpecs
        .filter((spec) => spec.source === ZONE_LABELS_SOURCE)
        .map((spec) => withVisibility(spec, visible.includes('zones')))}
      {/* Topmost, so placed first: what a slide highlights is named before anything else. */}
      <Layer key={specs.highlight.id} {...specs.highlight} />
    </>
  );
}
