import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import { POINT_LAYER_IDS, type PointLayerId } from '../data/layers';
import { selectFilterResults, selectFiltering, shownYear, timeData } from '../store/selectors';
import { statusAt, type TimeStatus } from '../data/timeline';
import { OUTSIDE } from '../geo/zone-index';
import { useAtlas } from '../store/store';
import { zoneLabelPoints } from '../geo/zone-label-points';
import ZoneBufferLayers from './ZoneBufferLayers';
import {
  DRAW_ORDER,
  HOST_LAYERS,
  pointLayerSpecs,
  type TimeStyle,
  pointSourceId,
  zoneLayerSpecs,
  ZONE_LABELS_SOURCE,
  ZONES_SOURCE,
  type SourcedLayer,
} from './layers/atlas-layers';
import { withOccupantCounts } from '../geo/occupants';

/** The atlas's own data on the map: zones under points, each layer a source of its own. */
export default function AtlasLayers() {
  const data = useAtlas(timeData);
  const timeOn = useAtlas((s) => s.year !== null);
  const year = useAtlas(shownYear);
  const lang = useAtlas((s) => s.lang);
  const visible = useAtlas((s) => s.visibleLayers);
  const selectedId = useAtlas((s) => s.selectedId);
  const zoneLabels = useMemo(() => (data ? zoneLabelPoints(data.zones) : null), [data]);
  const zoneSpecs = useMemo(() => zoneLayerSpecs(lang, selectedId), [lang, selectedId]);
  const results = useAtlas(selectFilterResults);
  const filtering = useAtlas(selectFiltering);
  const outsideMode = useAtlas((s) => s.outside);
  const highlight = useAtlas((s) => s.highlight);
  const hostsShown = HOST_LAYERS.some((l) => visible.includes(l));
  const sources = useMemo(() => (data ? withOccupantCounts(data) : null), [data]);
  const pointSpecs = useMemo(() => {
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
    return Object.fromEntries(
      POINT_LAYER_IDS.map((l) => [
        l,
        pointLayerSpecs(
          l,
          lang,
          selectedId,
          { ids: outsideIds(l), mode: outsideMode },
          highlight,
          hostsShown,
          times[l],
        ),
      ]),
    );
  }, [lang, selectedId, data, results, filtering, outsideMode, highlight, hostsShown, year, timeOn]);

  if (!data || !zoneLabels || !sources) return null;
  const visibility = (on: boolean) => ({ visibility: on ? ('visible' as const) : ('none' as const) });
  const isLabel = (spec: { id: string }) => spec.id.endsWith('-label');
  const isHighlightLabel = (spec: { id: string }) => spec.id.endsWith('-highlight-label');
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
      {DRAW_ORDER.map((layer) => (
        <Source key={layer} id={pointSourceId(layer)} type="geojson" data={sources[layer]}>
          {pointSpecs[layer]
            .filter((spec) => !isLabel(spec))
            .map((spec) => withVisibility(spec, visible.includes(layer)))}
        </Source>
      ))}
      <Source id={ZONE_LABELS_SOURCE} type="geojson" data={zoneLabels} />
      {[...POINT_LAYER_IDS]
        .reverse()
        .flatMap((layer) =>
          pointSpecs[layer]
            .filter((spec) => isLabel(spec) && !isHighlightLabel(spec))
            .map((spec) => withVisibility(spec, visible.includes(layer))),
        )}
      {zoneSpecs
        .filter((spec) => spec.source === ZONE_LABELS_SOURCE)
        .map((spec) => withVisibility(spec, visible.includes('zones')))}
      {/* Topmost, so placed first: what a slide highlights is named before anything else. */}
      {[...POINT_LAYER_IDS]
        .reverse()
        .flatMap((layer) =>
          pointSpecs[layer].filter(isHighlightLabel).map((spec) => withVisibility(spec, visible.includes(layer))),
        )}
    </>
  );
}
