import { z } from './zod';
import { INCUBATOR_KINDS, POLICY_POINTS, ROLES, SEGMENTS, STAGES, THEMES } from './layers';

// One schema shared by the app (at load), the tests and `npm run data:check`.

const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z.iso.date('must be an ISO date YYYY-MM-DD');
const url = z
  .string()
  .regex(/^https?:\/\/[^\s<>"]+$/, 'must be an http(s) URL');
const policyPoints = z
  .array(z.enum(POLICY_POINTS, { error: (i) => `${JSON.stringify(i.input)} is not a policy point (P1–P13)` }))
  .min(1, 'must cite at least one policy point');

const common = {
  id: z.string().regex(/^[a-z]{3}-[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case with a layer prefix, e.g. uni-ki-solna'),
  name: text,
  name_en: text.optional(),
  address: text,
  municipality: text,
  themes: z.array(z.enum(THEMES)),
  policyPoints,
  source: url,
  checked: isoDate,
  precision: z.enum(['building', 'address', 'area']),
  description_sv: text,
  description_en: text,
};

const pointProps = <C extends string, S extends z.ZodRawShape>(category: C, extra: S) =>
  z.object({ ...common, category: z.literal(category), ...extra }).strict();

const kindOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values);

export const layerPropertySchemas = {
  hagastaden: pointProps('hagastaden', {
    kind: kindOf(['hospital', 'research-building', 'venue', 'office', 'residential', 'agency', 'station']),
  }),
  universities: pointProps('universities', {
    institution: text,
    status: z.enum(['open', 'closing']),
    status_note_sv: text.optional(),
    status_note_en: text.optional(),
  }),
  'research-infrastructure': pointProps('research-infrastructure', {
    kind: kindOf([
      'research-centre', 'testbed', 'gmp-facility', 'clinical-trials', 'computing', 'ai-centre', 'hospital', 'biobank', 'agency',
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
    origin: z.string().regex(/^spin-off:[A-Za-z]+$/, 'must look like spin-off:KI').optional(),
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
    rationale_sv: text,
    rationale_en: text,
    boundary: text,
    municipality: text,
    source: url,
    checked: isoDate,
  })
  .strict();

export type LayerProps<K extends keyof typeof layerPropertySchemas> = z.infer<(typeof layerPropertySchemas)[K]>;
export type ZoneProps = z.infer<typeof zonePropertySchema>;
export type AnyPointProps = { [K in keyof typeof layerPropertySchemas]: LayerProps<K> }[keyof typeof layerPropertySchemas];
