import { POINT_LAYER_IDS } from '../../data/layers';
import type { SiteReport } from '../../geo/site-report';
import { pick, t, type Lang } from '../../i18n/i18n';
import { layerName } from '../../i18n/labels';
import { numberRow, textRow, type CompareRow } from '../../ui/comparison';
import type { OwnLayer } from '../../data/own-layers';
import { ownSiteStats } from '../../geo/own-site-stats';

const round = (n: number | null) => (n === null ? null : Math.round(n));

/** The site comparison: one column per site, the best value per row marked. */
export function siteRows(
  reports: readonly SiteReport[],
  lang: Lang,
  ownLayers: readonly OwnLayer[] = [],
): CompareRow[] {
  const rows: CompareRow[] = [
    textRow(
      'coords',
      t('site.coords', lang),
      reports.map((r) => `${r.site[1].toFixed(5)}, ${r.site[0].toFixed(5)}`),
    ),
    textRow(
      'zone',
      t('site.row.zone', lang),
      reports.map((r) => r.zonesInside.map((z) => pick(lang, z.name, z.name_en)).join(', ') || null),
    ),
  ];
  for (const layer of POINT_LAYER_IDS) {
    const name = layerName(layer, lang).toLowerCase();
    rows.push(
      numberRow(
        `nearest:${layer}`,
        t('site.row.nearest', lang, { layer: name }),
        reports.map((r) => round(r.nearest[layer]?.metres ?? null)),
        'min',
        lang,
      ),
    );
  }
  for (const layer of POINT_LAYER_IDS) {
    rows.push(
      numberRow(
        `within1:${layer}`,
        t('site.row.within1', lang, { layer: layerName(layer, lang) }),
        reports.map((r) => r.rings[layer][1]),
        'max',
        lang,
      ),
    );
  }
  rows.push(
    textRow(
      'station',
      t('site.row.station', lang),
      reports.map((r) => r.stations[0]?.name ?? null),
    ),
  );
  rows.push(
    numberRow(
      'station-m',
      t('site.row.station.m', lang),
      reports.map((r) => round(r.stations[0]?.metres ?? null)),
      'min',
      lang,
    ),
  );
  rows.push(
    numberRow(
      'units',
      t('site.row.units', lang),
      reports.map((r) => r.housingUnits2km),
      'max',
      lang,
    ),
  );
  rows.push(
    textRow(
      'hospital',
      t('site.row.hospital', lang),
      reports.map((r) => r.nearestHospital?.name ?? null),
    ),
  );
  rows.push(
    numberRow(
      'hospital-m',
      t('site.row.hospital.m', lang),
      reports.map((r) => round(r.nearestHospital?.metres ?? null)),
      'min',
      lang,
    ),
  );
  rows.push(
    textRow(
      'campus',
      t('site.row.campus', lang),
      reports.map((r) => r.nearestCampus?.name ?? null),
    ),
  );
  rows.push(
    numberRow(
      'campus-m',
      t('site.row.campus.m', lang),
      reports.map((r) => round(r.nearestCampus?.metres ?? null)),
      'min',
      lang,
    ),
  );
  for (const layer of ownLayers) {
    const stats = reports.map((r) => ownSiteStats(r.site, layer));
    rows.push(
      numberRow(
        `nearest:${layer.id}`,
        t('site.row.nearest', lang, { layer: layer.name }),
        stats.map((s) => round(s.nearestMetres)),
        'min',
        lang,
      ),
    );
    rows.push(
      numberRow(
        `within1:${layer.id}`,
        t('site.row.within1', lang, { layer: layer.name }),
        stats.map((s) => s.rings[1]),
        'max',
        lang,
      ),
    );
  }
  return rows;
}
