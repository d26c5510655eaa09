import { z } from './zod';
import { LAYER_IDS, POLICY_POINTS, REGION, ROLES, THEMES } from './layers';
import { WITHIN_MAX_METRES } from './limits';

// Stories are data (data/stories/*.json); this schema is shared by the app, the loader for a
// staff member's own file, and `npm run data:check`.

const text = z.string().trim().min(1, 'must not be empty').max(600, 'is longer than 600 characters');
const lng = z.number().min(REGION.west, 'is west of the region').max(REGION.east, 'is east of the region');
const lat = z.number().min(REGION.south, 'is south of the region').max(REGION.north, 'is north of the region');

export const sceneSchema = z
  .object({
    camera: z
      .object({
        center: z.tuple([lng, lat]),
        zoom: z.number().min(7).max(17),
        bearing: z.number().min(-180).max(360).default(0),
        pitch: z.number().min(0).max(60).default(0),
      })
      .strict(),
    layers: z.array(z.enum(LAYER_IDS as unknown as [string, ...string[]])),
    zones: z.array(z.string().regex(/^zone-[a-z0-9-]+$/, 'must look like zone-<name>')).default([]),
    within: z.number().int().min(0).max(WITHIN_MAX_METRES).optional(),
    themes: z.array(z.enum(THEMES)).default([]),
    role: z.array(z.enum(ROLES)).default([]),
    highlight: z.array(z.string().regex(/^[a-z]{3,4}-[a-z0-9-]+$/, 'must be a feature id')).default([]),
    /**
     * A scene over time: the map starts at the first year and plays through to the last
     * ([2010, 2028]: Hagastaden from 2010 to the metro's opening). One year: the map at that year.
     */
    years: z
      .array(z.number().int().min(1900, 'is before 1900').max(2040, 'is after 2040'))
      .min(1)
      .max(2, 'takes a year or a first and a last year')
      .refine((y) => y.length < 2 || y[0] < y[1], 'the first year must come before the last')
      .optional(),
    policyPoint: z.enum(POLICY_POINTS, { error: (i) => `${JSON.stringify(i.input)} is not a policy point (P1–P13)` }),
    title_sv: text,
    title_en: text,
    caption_sv: text,
    caption_en: text,
    facts: z
      .array(
        z
          .object({ sv: text, en: text, source: z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) URL') })
          .strict(),
      )
      .default([]),
  })
  .strict();

export const storySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
    title_sv: text,
    title_en: text,
    scenes: z.array(sceneSchema).min(1, 'needs at least one scene').max(30, 'has more than 30 scenes'),
  })
  .strict();

export type Scene = z.infer<typeof sceneSchema>;
export type Story = z.infer<typeof storySchema>;

/** Validate a story; problems read `file → scene N → field → message` (scenes count from 1). */
export function validateStory(file: string, json: unknown): { story: Story | null; problems: string[] } {
  const r = storySchema.safeParse(json);
  if (r.success) return { story: r.data, problems: [] };
  const problems = r.error.issues.map((i) => {
    const [head, index, ...rest] = i.path.map(String);
    const where = head === 'scenes' && index !== undefined ? `scene ${Number(index) + 1}` : '(story)';
    const field = head === 'scenes' ? rest.join('.') || '(scene)' : i.path.join('.') || '(story)';
    const message = i.code === 'invalid_type' && i.message.includes('undefined') ? 'is missing' : i.message;
    return `${file} → ${where} → ${field} → ${message}`;
  });
  return { story: null, problems };
}
