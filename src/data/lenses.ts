import { z } from 'zod';
import { LAYER_IDS, POLICY_POINTS, THEMES, type PolicyPoint } from './layers';
import raw from '../../data/lenses.json';

// Presets are data (data/lenses.json); this checks them against the same vocabularies as the layers.
const preset = z
  .object({
    layers: z.array(z.enum(LAYER_IDS as unknown as [string, ...string[]])),
    zones: z.array(z.string().regex(/^zone-[a-z0-9-]+$/)),
    within: z.number().int().min(0).max(5000).optional(),
    themes: z.array(z.enum(THEMES)),
    role: z.array(z.enum(['hq', 'rnd', 'production', 'commercial'])).optional(),
    stage: z.array(z.enum(['startup', 'growth', 'established'])).optional(),
  })
  .strict();

export const lensFileSchema = z.object({
  version: z.literal(1),
  about: z.string(),
  lenses: z.record(z.enum(POLICY_POINTS), preset),
});

export type LensPreset = z.infer<typeof preset>;

const parsed = lensFileSchema.safeParse(raw);
/** Problems in data/lenses.json, printed like data problems (file → lens → field → message). */
export const LENS_PROBLEMS: string[] = parsed.success
  ? []
  : parsed.error.issues.map((i) => `data/lenses.json → ${String(i.path[1] ?? '(file)')} → ${i.path.slice(2).join('.') || '(lens)'} → ${i.message}`);

export const LENSES: Partial<Record<PolicyPoint, LensPreset>> = parsed.success ? parsed.data.lenses : {};
