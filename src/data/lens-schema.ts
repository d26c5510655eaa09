import { z } from './zod';
import { LAYER_IDS, POLICY_POINTS, ROLES, STAGES, THEMES } from './layers';
import { WITHIN_MAX_METRES } from './limits';

// Presets are data (data/lenses.json); this checks them against the same vocabularies as the layers.
const preset = z
  .object({
    layers: z.array(z.enum(LAYER_IDS as unknown as [string, ...string[]])),
    zones: z.array(z.string().regex(/^zone-[a-z0-9-]+$/)),
    within: z.number().int().min(0).max(WITHIN_MAX_METRES).optional(),
    themes: z.array(z.enum(THEMES)),
    role: z.array(z.enum(ROLES)).optional(),
    stage: z.array(z.enum(STAGES)).optional(),
  })
  .strict();

export const lensFileSchema = z.object({
  version: z.literal(1),
  about: z.string(),
  lenses: z.record(z.enum(POLICY_POINTS), preset),
});

export type LensPreset = z.infer<typeof preset>;
