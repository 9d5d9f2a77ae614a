/**
 * Types of the spreadsheet import. `DraftDataset` is the dataset JSON as the importers build it,
 * before validation. It carries the contract fields DESIGN.md adds this stage (layer `measure`,
 * tie `status`, figure `upper`, evidence `in`); src/data/types.ts gains them in parallel, and the
 * lead reconciles these local declarations with it.
 */
import type { Problem, Severity } from '../data/types.ts';
import type { Locations } from './locations.ts';

export type TieStatus = 'stated' | 'reported' | 'planned' | 'potential';

export interface DraftSource {
  id?: string;
  title?: string;
  publisher?: string;
  published?: string;
  notBefore?: string;
  url?: string;
  note?: string;
}

export interface DraftLayer {
  id?: string;
  label?: string;
  measure?: { unit?: string; label?: string };
}

export interface DraftActor {
  id?: string;
  name?: string;
  kind?: string;
  point?: [number, number];
  names?: Record<string, string>;
}

export interface DraftFigure {
  value?: number;
  upper?: number;
  unit?: string;
  of?: string;
  qualifier?: string;
}

export interface DraftEvidence {
  source?: string;
  quote?: string;
  in?: string;
  lang?: string;
  translations?: {
    lang: string;
    text: string;
    translator?: string;
    method?: string;
    reviewed?: string | false;
    note?: string;
  }[];
}

export interface DraftTie {
  id: string;
  layer?: string;
  from?: string;
  to?: string;
  stance?: string;
  status?: string;
  summary?: string;
  figure?: DraftFigure;
  when?: { from?: string; to?: string };
  ended?: string;
  note?: string;
  evidence: DraftEvidence[];
}

export interface DraftScene {
  id?: string;
  title?: string;
  caption?: string;
  notes?: string;
  layers?: string[];
  focus?: string;
  ties?: string[];
  asOf?: string;
  camera?: [[number, number], [number, number]];
}

export interface DraftAnnotation {
  id?: string;
  text?: string;
  at?: string | [number, number];
  kind?: string;
  scenes?: string[];
}

export interface DraftDataset {
  format: 'ties-map/1';
  title?: string;
  description?: string;
  sources: DraftSource[];
  layers?: DraftLayer[];
  actors: DraftActor[];
  ties: DraftTie[];
  scenes?: DraftScene[];
  annotations?: DraftAnnotation[];
  /** By language tag, as the dataset JSON has them (see src/data/types.ts DatasetTranslation). */
  translations?: Record<string, Record<string, unknown>>;
}

/** A problem located as a spreadsheet user sees it: file, row (header = 1) and column header. */
export interface SheetProblem {
  severity: Severity;
  file?: string;
  row?: number;
  column?: string;
  /** The JSON path of a validator problem that no file, row or column holds (`$.translations`). */
  path?: string;
  message: string;
  /** A validator problem's code and params (problems.ts), kept where its `message` is the validator's own. */
  code?: Problem['code'];
  params?: Problem['params'];
}

export interface ImportResult {
  /** The built dataset JSON; present when the files could be read, even with errors. */
  dataset?: DraftDataset;
  problems: SheetProblem[];
  /**
   * Where each JSON path of `dataset` came from (the CSV import only), so later checks on the
   * dataset, such as the quote checks, can name the file, row and column too.
   */
  locations?: Locations;
}
