import type { PolicyPoint } from './layers';

/**
 * Karolinska Institutet's statement on the City of Stockholm's business policy and
 * establishment strategy (KI decision 2025-10-02, Dnr 1-733/2025, on case KS 2025/848),
 * its points paraphrased in our own words. The Swedish original is authoritative.
 */
export const POLICY_DOCUMENT = {
  title_sv: 'Yttrande över Näringslivspolicy inklusive etableringsstrategi för Stockholms stad (KS 2025/848)',
  title_en: 'Statement on the City of Stockholm’s business policy including establishment strategy (KS 2025/848)',
  issuer: 'Karolinska Institutet',
  date: '2025-10-02',
  reference: 'Dnr 1-733/2025',
} as const;

export const POLICY_POINTS_TEXT: Record<PolicyPoint, { sv: string; en: string }> = {
  P1: {
    sv: 'Samordna stadens policy med regionens, den nationella och KI:s life science-strategier: precisionsmedicin, ATMP, digital hälsa och AI; hela Stockholm–Uppsala-regionen.',
    en: 'Align the city’s policy with the regional, national and KI life-science strategies: precision medicine, ATMP, digital health and AI, across the Stockholm–Uppsala region.',
  },
  P2: {
    sv: 'Bygg strukturer för systematisk samverkan om innovation, främst life science och AI; KI:s centrum för AI-innovation är en plattform för det.',
    en: 'Build structures for systematic collaboration on innovation, above all life science and AI; KI’s centre for AI innovation is a platform for it.',
  },
  P3: {
    sv: 'Ett starkt innovationsklimat kräver att staden stöttar testbäddar, forskningsinfrastruktur och gemensamma utvecklingsprojekt.',
    en: 'A strong innovation climate needs the city to back testbeds, research infrastructure and joint development projects.',
  },
  P4: {
    sv: 'Stockholm har bred industri och organiskt framvuxna kluster; lyft initiativ underifrån och synliggör de många små företagen.',
    en: 'Stockholm has broad industry and organically grown clusters; back bottom-up initiatives and make the many small firms visible.',
  },
  P5: {
    sv: 'Utveckla Hagastaden och dess växande life science-kluster till en dedikerad etableringszon för life science-företag, tillsammans med andra attraktiva miljöer.',
    en: 'Develop Hagastaden and its growing life-science cluster as a dedicated establishment zone for life-science companies, alongside other attractive environments.',
  },
  P6: {
    sv: 'Den starka IT-sektorn ger korsbefruktning med life science som kan leda till radikal innovation.',
    en: 'The strong IT sector allows cross-fertilisation with life science that can lead to radical innovation.',
  },
  P7: {
    sv: 'Glöm inte företag i tillväxtfas: balansera stöd till nyetablering mot stöd till uppskalning och koppla ihop stora och små företag.',
    en: 'Do not forget growth-phase companies: balance support for new establishment against scale-up, and link large firms with small ones.',
  },
  P8: {
    sv: 'Arbeta proaktivt med de globala företag som redan finns här, bland annat läkemedelsbolagens nordiska huvudkontor.',
    en: 'Work proactively with the global companies already here, including big pharma’s Nordic headquarters.',
  },
  P9: {
    sv: 'Förbättra villkoren för avknoppningar och forskningsbolag från KI och andra lärosäten, t.ex. genom finansiering av inkubatorer.',
    en: 'Improve conditions for spin-offs and research companies from KI and other universities, e.g. by funding incubators.',
  },
  P10: {
    sv: 'Löpande kartläggning och omvärldsbevakning, eftersom sektorn är komplex, föränderlig och det geopolitiska läget kräver det.',
    en: 'Continuous mapping and environmental scanning, because the sector is complex and changing and the geopolitical situation demands it.',
  },
  P11: {
    sv: 'Lärosätena, deras forskning och ofta världsledande forskningsinfrastruktur lockar företag; staden bör marknadsföra dem.',
    en: 'Universities, their research and often world-leading research infrastructure attract companies; the city should market them.',
  },
  P12: {
    sv: 'Stockholm måste bli en mer attraktiv studentstad med goda studiemiljöer och studentbostäder; studenterna är talangpoolen.',
    en: 'Stockholm must become a more attractive student city, with good study environments and student housing; students are the talent pool.',
  },
  P13: {
    sv: 'KI:s konkurrenskraft hänger på internationell rekrytering; staden bör stötta integration och verka för snabbare arbets- och uppehållstillstånd.',
    en: 'KI’s competitiveness depends on international recruitment; the city should support integration and push for faster work and residence permits.',
  },
};
