import { POINT_LAYER_IDS, THEMES } from '../../data/layers';
import type { ZoneComparison } from '../../geo/zone-compare';
import { formatKm, t, type Lang } from '../../i18n/i18n';
import { layerName, valueLabel } from '../../i18n/labels';
import { numberRow, type CompareRow } from '../../ui/comparison';
import type { OwnLayer } from '../../data/own-layers';
import { countInZone, type ZoneIndex } from '../../geo/zone-index';

const round = (n: number | null, digits = 0) => (n === null ? null : Number(n.toFixed(digits)));

/** The comparison as rows: one per measure, one column per zone; the best cells marked. */
export function comparisonRows(cmp: readonly ZoneComparison[], within: number, lang: Lang): CompareRow[] {
  const km = formatKm(within, lang);
  const num = (
    key: string,
    label: string,
    values: (number | null)[],
    better: 'max' | 'min' | null,
    show?: (v: number) => string,
  ) => numberRow(key, label, values, better, lang, show);
  const rows: CompareRow[] = [
    num(
      'area',
      t('compare.area', lang),
      cmp.map((c) => round(c.areaKm2, 2)),
      null,
    ),
  ];
  for (const layer of POINT_LAYER_IDS) {
    const name = layerName(layer, lang);
    rows.push(
      num(
        `inside:${layer}`,
        t('compare.inside', lang, { layer: name }),
        cmp.map((c) => c.inside[layer]),
        'max',
      ),
    );
    rows.push(
      num(
        `within:${layer}`,
        t('compare.within', lang, { layer: name, km }),
        cmp.map((c) => c.within[layer]),
        'max',
      ),
    );
  }
  rows.push(
    num(
      'units',
      t('compare.units', lang, { km }),
      cmp.map((c) => c.housingUnitsWithin),
      'max',
    ),
  );
  rows.push({
    key: 'station',
    label: t('compare.station', lang),
    values: cmp.map((c) => c.nearestStation?.name ?? null),
    shown: cmp.map((c) => c.nearestStation?.name ?? '–'),
    best: [],
  });
  rows.push(
    num(
      'station-m',
      t('compare.station.distance', lang),
      cmp.map((c) => round(c.nearestStation?.metres ?? null)),
      'min',
    ),
  );
  for (const [key, label, pick] of [
    ['hospital', 'compare.hospital', (c: ZoneComparison) => c.nearestHospital],
    ['campus', 'compare.campus', (c: ZoneComparison) => c.nearestCampus],
  ] as const) {
    rows.push({
      key,
      label: t(label, lang),
      values: cmp.map((c) => pick(c)?.name ?? null),
      shown: cmp.map((c) => pick(c)?.name ?? '–'),
      best: [],
    });
    rows.push(
      num(
        `${key}-m`,
        t(`${label}.distance`, lang),
        cmp.map((c) => round(pick(c)?.metres ?? null)),
        'min',
      ),
    );
  }
  for (const theme of THEMES) {
    rows.push(
      num(
        `theme:${theme}`,
        t('compare.theme', lang, { theme: valueLabel(theme, lang), km }),
        cmp.map((c) => round(c.themeShare[theme], 3)),
        'max',
        (v) => `${Math.round(v * 100)} %`,
      ),
    );
  }
  return rows;
}

/** Rows for planners' own layers: inside and within, per zone, from the layer's zone index. */
export function ownRows(
  layers: readonly OwnLayer[],
  indexes: Record<string, ZoneIndex>,
  zoneIds: readonly string[],
  within: number,
  lang: Lang,
): CompareRow[] {
  const km = formatKm(within, lang);
  return layers.flatMap((layer) => {
    const index = indexes[layer.id];
    if (!index) return [];
    const counts = zoneIds.map((z) => countInZone(index, z, within));
    return [
      numberRow(
        `inside:${layer.id}`,
        t('compare.inside', lang, { layer: layer.name }),
        counts.map((c) => c.inside),
        'max',
        lang,
      ),
      numberRow(
        `within:${layer.id}`,
        t('compare.within', lang, { layer: layer.name, km }),
        counts.map((c) => c.within),
        'max',
        lang,
      ),
    ];
  });
}
