import { useMemo } from 'react';
import { useAtlas } from '../../store/store';
import { selectFilterResults, selectFiltering } from '../../store/selectors';
import { POINT_LAYER_IDS } from '../../data/layers';
import { INSIDE, WITHIN } from '../../geo/zone-index';
import { pick, t } from '../../i18n/i18n';
import { layerName } from '../../i18n/labels';
import LayerSymbol from '../../ui/LayerSymbol';

/** The map as a table: the places the map shows, with the same layers and filters. */
export default function ListView() {
  const lang = useAtlas((s) => s.lang);
  const open = useAtlas((s) => s.listView);
  const data = useAtlas((s) => s.data);
  const visible = useAtlas((s) => s.visibleLayers);
  const results = useAtlas(selectFilterResults);
  const filtering = useAtlas(selectFiltering);
  const zonesChosen = useAtlas((s) => s.zones.length > 0);
  const select = useAtlas((s) => s.select);

  const rows = useMemo(() => {
    if (!data || !results) return [];
    return POINT_LAYER_IDS.filter((l) => visible.includes(l)).flatMap((layer) =>
      data.layers[layer].features
        .map((f, i) => ({ layer, p: f.properties, cls: results[layer].classes[i] }))
        .filter((r) => !filtering || r.cls > 0),
    );
  }, [data, results, visible, filtering]);

  if (!open) return null;
  return (
    <section className="list-view" aria-labelledby="list-title" data-testid="list-view">
      <h2 id="list-title">{t('list.title', lang, { n: rows.length })}</h2>
      <p className="muted">{t('list.caption', lang)}</p>
      <div className="list-scroll">
        <table className="list-table">
          <thead>
            <tr>
              <th scope="col">{t('list.name', lang)}</th>
              <th scope="col">{t('list.layer', lang)}</th>
              <th scope="col">{t('list.municipality', lang)}</th>
              <th scope="col">{t('list.address', lang)}</th>
              {zonesChosen && <th scope="col">{t('list.standing', lang)}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ layer, p, cls }) => (
              <tr key={p.id} data-id={p.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => select(p.id)}>
                    {pick(lang, p.name, p.name_en)}
                  </button>
                </th>
                <td>
                  <LayerSymbol layer={layer} size={14} /> {layerName(layer, lang)}
                </td>
                <td>{p.municipality}</td>
                <td>{p.address}</td>
                {zonesChosen && (
                  <td>
                    {cls === INSIDE
                      ? t('list.inside', lang)
                      : cls === WITHIN
                        ? t('list.within', lang)
                        : t('list.all', lang)}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
