import { z } from './zod';
import { INCUBATOR_KINDS, POLICY_POINTS, ROLES, SEGMENTS, SINCE_KINDS, STAGES, THEMES, UNTIL_KINDS } from './layers';

// One schema shared by the app (at load), the tests and `npm run data:check`.

const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z.iso.date('must be an ISO date YYYY-MM-DD');
const url = z.string().regex(/^https?:\/\/[^\s<>"]+$/, 'must be an http(s) URL');
const policyPoints = z
  .array(z.enum(POLICY_POINTS, { error: (i) => `${JSON.stringify(i.input)} is not a policy point (P1–P13)` }))
  .min(1, 'must cite at least one policy point');

/** A source's own date as precise as it prints it (a year, a month or a day), or `undated`. */
const sourceDate = z
  .string()
  .regex(
    /^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|undated)$/,
    'must be YYYY, YYYY-MM, YYYY-MM-DD or "undated"',
  );

const common = {
  id: z
    .string()
    .regex(/^[a-z]{3}-[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case with a layer prefix, e.g. uni-ki-solna'),
  name: text,
  name_en: text.optional(),
  address: text,
  municipality: text,
  themes: z.array(z.enum(THEMES)),
  policyPoints,
  source: url,
  /** When the source was published or last updated (its own date), beside when we checked it. */
  source_date: sourceDate,
  checked: isoDate,
  precision: z.enum(['building', 'address', 'area']),
  /** The year the place arrived here (founded, moved in, opened) or is planned to, where a source gives it. */
  since: z.number().int().min(1700).max(2040).optional(),
  since_kind: z.enum(SINCE_KINDS).optional(),
  /** The page that states the year, when it is not `source` (and that page's own date). */
  since_source: url.optional(),
  since_source_date: sourceDate.optional(),
  /** The year the place left this site (moved elsewhere or closed), where a source gives it. */
  until: z.number().int().min(1700).max(2040).optional(),
  until_kind: z.enum(UNTIL_KINDS).optional(),
  /** Where it moved to: the id of the same organisation's next site, so a move reads as one move. */
  moved_to: z
    .string()
    .regex(/^[a-z]{3}-[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a feature id')
    .optional(),
  /**
   * The building (bld-) or hospital (hos-) a place sits in; it then stands on that place's
   * coordinate, and the two may share it.
   */
  building: z
    .string()
    .regex(/^(bld|hos)-[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a building or hospital id, e.g. bld-forskaren')
    .optional(),
  description_sv: text,
  description_en: text,
};

const pointProps = <C extends string, S extends z.ZodRawShape>(category: C, extra: S) =>
  z.object({ ...common, category: z.literal(category), ...extra }).strict();

const kindOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values);

export const layerPropertySchemas = {
  buildings: pointProps('buildings', {
    kind: kindOf(['research-building', 'science-park', 'office-lab', 'venue', 'residential']),
  }),
  hospitals: pointProps('hospitals', {
    kind: kindOf(['university-hospital', 'hospital', 'specialist-hospital']),
  }),
  agencies: pointProps('agencies', {
    kind: kindOf(['agency', 'eu-agency']),
  }),
  universities: pointProps('universities', {
    institution: text,
    status: z.enum(['open', 'closing']),
    status_note_sv: text.optional(),
    status_note_en: text.optional(),
  }),
  'research-infrastructure': pointProps('research-infrastructure', {
    kind: kindOf([
      'research-centre',
      'testbed',
      'gmp-facility',
      'clinical-trials',
      'computing',
      'ai-centre',
      'biobank',
    ]),
  }),
  incubators: pointProps('incubators', {
    kind: kindOf(INCUBATOR_KINDS),
  }),
  pharma: pointProps('pharma', {
    company: text,
    role: z.enum(ROLES),
    segment: z.enum(SEGMENTS),
    stage: z.enum(STAGES),
    origin: z
      .string()
      .regex(/^spin-off:[A-Za-z]+$/, 'must look like spin-off:KI')
      .optional(),
  }),
  'student-housing': pointProps('student-housing', {
    operator: text,
    units: z.number().int().positive().optional(),
  }),
  transit: pointProps('transit', {
    modes: z.array(z.enum(['metro', 'commuter-rail', 'tram', 'regional-rail', 'light-rail', 'airport'])).min(1),
    status: z.enum(['open', 'planned']),
    opens: z.number().int().min(2025).max(2040).optional(),
    lines: text.optional(),
  }),
} as const;

export const zonePropertySchema = z
  .object({
    id: z.string().regex(/^zone-[a-z0-9]+(-[a-z0-9]+)*$/, 'must look like zone-<name>'),
    name: text,
    name_en: text.optional(),
    /** A short name for the map label at region zoom ("Uppsala" for the long zone name). */
    short_name: text.max(24, 'must be at most 24 characters'),
    short_name_en: text.max(24, 'must be at most 24 characters').optional(),
    category: z.literal('zone'),
    status: z.enum(['proposed', 'candidate']),
    policyPoints,
    /** A published area for the place, with its source, shown beside the area the atlas computes. */
    published_area_ha: z.number().positive().optional(),
    published_area_source: url.optional(),
    rationale_sv: text,
    rationale_en: text,
    boundary: text,
    municipality: text,
    source: url,
    source_date: sourceDate,
    checked: isoDate,
  })
  .strict();

export type LayerProps<K extends keyof typeof layerPropertySchemas> = z.infer<(typeof layerPropertySchemas)[K]>;
export type ZoneProps = z.infer<typeof zonePropertySchema>;
export type AnyPointProps = {
  [K in keyof typeof layerPropertySchemas]: LayerProps<K>;
}[keyof typeof layerPropertySchemas];
