// Every user-facing string, in Swedish and English. Components call t(), never a literal.
export const strings = {
  'app.title': { sv: 'Stockholm Life Science Atlas', en: 'Stockholm Life Science Atlas' },
  'app.subtitle': {
    sv: 'Life science-ekosystemet i Stockholm–Uppsala, utifrån KI:s yttrande om etableringsstrategin',
    en: 'The Stockholm–Uppsala life-science ecosystem, from KI’s statement on the establishment strategy',
  },
  'lang.switch': { sv: 'Språk', en: 'Language' },
  'lang.sv': { sv: 'Svenska', en: 'Swedish' },
  'lang.en': { sv: 'Engelska', en: 'English' },
  'panel.toggle.open': { sv: 'Visa panel', en: 'Show panel' },
  'panel.toggle.close': { sv: 'Dölj panel', en: 'Hide panel' },
  'panel.label': { sv: 'Sidopanel', en: 'Side panel' },
  'panel.layers': { sv: 'Lager', en: 'Layers' },
  'panel.filters': { sv: 'Filter', en: 'Filters' },
  'panel.details': { sv: 'Detaljer', en: 'Details' },
  'panel.details.empty': {
    sv: 'Klicka på en plats på kartan för att se källa, adress och beskrivning.',
    en: 'Click a place on the map to see its source, address and description.',
  },
  'panel.filters.empty': {
    sv: 'Zonfilter och policylins kommer här.',
    en: 'Zone filters and the policy lens go here.',
  },
  'legend.title': { sv: 'Teckenförklaring', en: 'Legend' },
  'basemap.label': { sv: 'Bakgrundskarta', en: 'Basemap' },
  'basemap.embedded': { sv: 'Inbäddad (offline)', en: 'Embedded (offline)' },
  'basemap.online': { sv: 'Gatukarta (online)', en: 'Street map (online)' },
  'basemap.showing': { sv: 'Visar', en: 'Showing' },
  'basemap.loading': { sv: 'Hämtar gatukartan …', en: 'Loading the street map …' },
  'basemap.fallback': {
    sv: 'Gatukartan gick inte att nå. Atlasen visar den inbäddade kartan i stället.',
    en: 'The street map could not be reached. The atlas shows the embedded map instead.',
  },
  'basemap.coarse': {
    sv: 'Den inbäddade kartan är grov på gatunivå; välj gatukartan för detaljer.',
    en: 'The embedded map is coarse at street level; choose the street map for detail.',
  },
  'notice.dismiss': { sv: 'Stäng', en: 'Dismiss' },
  'map.label': {
    sv: 'Karta över life science-ekosystemet i Stockholm–Uppsala',
    en: 'Map of the Stockholm–Uppsala life-science ecosystem',
  },
  'nowebgl.title': { sv: 'Kartan kan inte visas', en: 'The map cannot be shown' },
  'nowebgl.body': {
    sv: 'Din webbläsare kan inte skapa en WebGL-kontext, som kartan behöver. Slå på hårdvaruacceleration eller WebGL i webbläsarens inställningar, eller öppna atlasen i en aktuell version av Firefox, Chrome, Edge eller Safari.',
    en: 'Your browser cannot create a WebGL context, which the map needs. Turn on hardware acceleration or WebGL in the browser settings, or open the atlas in a current version of Firefox, Chrome, Edge or Safari.',
  },
  'error.title': { sv: 'Något gick fel', en: 'Something went wrong' },
  'error.retry': { sv: 'Försök igen', en: 'Try again' },
  'url.dropped': {
    sv: 'Länken innehöll ett värde som inte kunde användas och hoppades över: {param}={value}',
    en: 'The link had a value that could not be used and was skipped: {param}={value}',
  },
  'header.skip': { sv: 'Hoppa till kartan', en: 'Skip to the map' },
} as const satisfies Record<string, { sv: string; en: string }>;

export type StringKey = keyof typeof strings;
