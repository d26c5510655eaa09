/** One problem in one place: printed as `file → feature id → field → message`. */
export interface DataProblem {
  file: string;
  feature: string;
  field: string;
  message: string;
}

export const formatProblem = (p: DataProblem) => `${p.file} → ${p.feature} → ${p.field} → ${p.message}`;
