import type { Feature, Point, Polygon, MultiPolygon } from 'geojson';

export type ImportedGeometry = Point | Polygon | MultiPolygon;
export type ImportedProps = Record<string, string | number | boolean | null>;
export type ImportProblemCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'not-geojson'
  | 'unsupported-geometry'
  | 'no-coordinate-columns'
  | 'bad-number'
  | 'outside-region'
  | 'swapped'
  | 'missing-coordinate'
  | 'unknown-format'
  | 'no-features'
  | 'invalid-polygon'
  // A ZIP (an .xlsx renamed .csv) or an old .xls workbook: not text at all.
  | 'workbook';

export interface ImportProblem {
  code: ImportProblemCode;
  /** CSV: 1-based line number in the file (the header is line 1). GeoJSON: undefined. */
  line?: number;
  /** CSV column header, or GeoJSON 'geometry' / property name. */
  column?: string;
  /** GeoJSON: 1-based feature number. */
  feature?: number;
  /** The offending raw value, truncated to 60 chars. */
  value?: string;
  /**
   * What the value looks like when we can tell: degrees, minutes and seconds ("59°20′N") for a
   * 'bad-number', RT 90 metres (the grid before SWEREF 99 TM) for an 'outside-region'.
   */
  found?: 'dms' | 'rt90';
}

export interface ParseResult {
  format: 'geojson' | 'csv';
  crs: 'WGS84' | 'SWEREF99TM' | 'RT90';
  /** Valid features only (WGS84, [lng, lat], rounded to 6 decimals). Properties are kept as given (CSV: strings, except the coordinate columns which are dropped). */
  features: Feature<ImportedGeometry, ImportedProps>[];
  /** Every row/feature that was skipped, and why. */
  problems: ImportProblem[];
  /** A problem that stops the whole file (empty, not JSON, no coordinate columns...). When set, features is []. */
  fatal?: ImportProblem;
  /** Property names found (CSV headers minus the coordinate columns), for choosing the label field. */
  fields: string[];
  /** Total rows/features seen (valid + skipped). */
  total: number;
}

export type Crs = ParseResult['crs'];
/** Told how far a parse has come (0–1), now and then: often enough for a progress bar, rarely enough to cost nothing. */
export type ParseProgress = (fraction: number) => void;
export type ImportedFeature = Feature<ImportedGeometry, ImportedProps>;
