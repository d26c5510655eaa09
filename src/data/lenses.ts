import type { PolicyPoint } from './layers';
import { lensFileSchema, type LensPreset } from './lens-schema';
import raw from '../../data/lenses.json';

export type { LensPreset };

const parsed = lensFileSchema.safeParse(raw);
/** Problems in data/lenses.json, printed like data problems (file → lens → field → message). */
export const LENS_PROBLEMS: string[] = parsed.success
  ? []
  : parsed.error.issues.map((i) => `data/lenses.json → ${String(i.path[1] ?? '(file)')} → ${i.path.slice(2).join('.') || '(lens)'} → ${i.message}`);

export const LENSES: Partial<Record<PolicyPoint, LensPreset>> = parsed.success ? parsed.data.lenses : {};
