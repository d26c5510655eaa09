import type { LayerId } from '../data/layers';
import type { Lang } from './i18n';

type Bi = { sv: string; en: string };

// Names for data values (layer ids, kinds, roles …). Kept apart from UI strings because they
// mirror the data schema, not the interface.

export const LAYER_NAMES: Record<LayerId, Bi> = {
  zones: { sv: 'Etableringszoner', en: 'Establishment zones' },
  buildings: { sv: 'Life science-byggnader', en: 'Life-science buildings' },
  universities: { sv: 'Lärosäten', en: 'Universities' },
  hospitals: { sv: 'Universitetssjukhus och sjukhus', en: 'University hospitals and hospitals' },
  agencies: { sv: 'Myndigheter', en: 'Agencies' },
  'research-infrastructure': { sv: 'Forskningsinfrastruktur', en: 'Research infrastructure' },
  incubators: { sv: 'Inkubatorer och innovationsstöd', en: 'Incubators and innovation support' },
  pharma: { sv: 'Life science-företag', en: 'Life-science companies' },
  'student-housing': { sv: 'Studentbostäder', en: 'Student housing' },
  transit: { sv: 'Stationer', en: 'Stations' },
};

const VALUE_LABELS: Record<string, Bi> = {
  // zone status
  proposed: { sv: 'Föreslagen zon (KI:s yttrande)', en: 'Proposed zone (KI statement)' },
  candidate: { sv: 'Kandidatzon', en: 'Candidate zone' },
  // themes
  'precision-medicine': { sv: 'Precisionsmedicin', en: 'Precision medicine' },
  atmp: { sv: 'ATMP (avancerade terapier)', en: 'ATMP (advanced therapies)' },
  'digital-health': { sv: 'Digital hälsa', en: 'Digital health' },
  ai: { sv: 'AI', en: 'AI' },
  // pharma
  hq: { sv: 'Huvudkontor', en: 'Headquarters' },
  rnd: { sv: 'Forskning och utveckling', en: 'Research and development' },
  production: { sv: 'Produktion', en: 'Production' },
  commercial: { sv: 'Försäljning och marknad', en: 'Commercial' },
  pharma: { sv: 'Läkemedel', en: 'Pharma' },
  biotech: { sv: 'Bioteknik', en: 'Biotech' },
  medtech: { sv: 'Medicinteknik', en: 'Medtech' },
  diagnostics: { sv: 'Diagnostik', en: 'Diagnostics' },
  tools: { sv: 'Forskningsverktyg', en: 'Research tools' },
  'cro-cdmo': {
    sv: 'Kontraktsforskning och -tillverkning (CRO/CDMO)',
    en: 'Contract research and manufacturing (CRO/CDMO)',
  },
  'health-tech': { sv: 'Hälsoteknik', en: 'Health tech' },
  startup: { sv: 'Startup', en: 'Start-up' },
  growth: { sv: 'Tillväxtfas', en: 'Growth' },
  established: { sv: 'Etablerat', en: 'Established' },
  // incubator kinds
  incubator: { sv: 'Inkubator', en: 'Incubator' },
  'science-park': { sv: 'Science park', en: 'Science park' },
  'innovation-office': { sv: 'Innovationskontor', en: 'Innovation office' },
  holding: { sv: 'Holdingbolag', en: 'Holding company' },
  investment: { sv: 'Investmentbolag', en: 'Investment company' },
  coworking: { sv: 'Coworking', en: 'Co-working' },
  'cluster-organisation': { sv: 'Klusterorganisation', en: 'Cluster organisation' },
  // infrastructure / hagastaden kinds
  'research-centre': { sv: 'Forskningscentrum', en: 'Research centre' },
  testbed: { sv: 'Testbädd', en: 'Testbed' },
  'gmp-facility': { sv: 'GMP-anläggning', en: 'GMP facility' },
  'clinical-trials': { sv: 'Kliniska prövningar', en: 'Clinical trials' },
  computing: { sv: 'Beräkningsresurs', en: 'Computing' },
  'ai-centre': { sv: 'AI-centrum', en: 'AI centre' },
  hospital: { sv: 'Sjukhus', en: 'Hospital' },
  biobank: { sv: 'Biobank', en: 'Biobank' },
  agency: { sv: 'Myndighet', en: 'Agency' },
  'research-building': { sv: 'Forskningsbyggnad', en: 'Research building' },
  'office-lab': { sv: 'Kontor och labb', en: 'Offices and labs' },
  'university-hospital': { sv: 'Universitetssjukhus', en: 'University hospital' },
  'specialist-hospital': { sv: 'Specialistsjukhus', en: 'Specialist hospital' },
  'eu-agency': { sv: 'EU-myndighet', en: 'EU agency' },
  // since
  founded: { sv: 'grundat', en: 'founded' },
  'moved-in': { sv: 'på platsen sedan', en: 'here since' },
  opened: { sv: 'öppnade', en: 'opened' },
  venue: { sv: 'Mötesplats', en: 'Venue' },
  office: { sv: 'Kontor', en: 'Office' },
  residential: { sv: 'Bostäder', en: 'Residential' },
  station: { sv: 'Station', en: 'Station' },
  // universities and transit
  open: { sv: 'I drift', en: 'Open' },
  closing: { sv: 'Avvecklas', en: 'Closing' },
  planned: { sv: 'Planerad', en: 'Planned' },
  metro: { sv: 'Tunnelbana', en: 'Metro' },
  'commuter-rail': { sv: 'Pendeltåg', en: 'Commuter rail' },
  tram: { sv: 'Spårväg', en: 'Tram' },
  'regional-rail': { sv: 'Regionaltåg', en: 'Regional rail' },
  'light-rail': { sv: 'Lokalbana', en: 'Light rail' },
  airport: { sv: 'Flygplats', en: 'Airport' },
  // precision
  building: { sv: 'byggnad', en: 'building' },
  address: { sv: 'adress (±100 m)', en: 'address (±100 m)' },
  area: { sv: 'område (±200 m)', en: 'area (±200 m)' },
};

/** The label of a data value; unknown values show as they are (never as HTML). */
export function valueLabel(value: string, lang: Lang): string {
  return Object.hasOwn(VALUE_LABELS, value) ? VALUE_LABELS[value][lang] : value;
}

export function layerName(id: LayerId, lang: Lang): string {
  return LAYER_NAMES[id][lang];
}
