/**
 * The CSV folder's files and columns (DESIGN.md, "Authoring and import"), shared by the import
 * and the export so the two cannot drift. `required` columns must be in the header row.
 */
export const SHEET_FILES = {
  dataset: {
    file: 'dataset.csv',
    // Not in DESIGN.md's list: the dataset's own title and description need a home in the folder.
    columns: ['title', 'description'],
    required: ['title'],
  },
  sources: {
    file: 'sources.csv',
    // `not_before` is the JSON's `notBefore` (not in DESIGN.md's list; the shipped data uses it).
    columns: ['id', 'title', 'publisher', 'published', 'url', 'note', 'not_before'],
    required: ['id', 'title', 'publisher', 'published'],
  },
  actors: {
    file: 'actors.csv',
    columns: ['id', 'name', 'kind', 'lon', 'lat'],
    required: ['id', 'name', 'kind'],
  },
  layers: {
    file: 'layers.csv',
    columns: ['id', 'label', 'measure_unit', 'measure_label'],
    required: ['id', 'label'],
  },
  ties: {
    file: 'ties.csv',
    columns: [
      'id',
      'layer',
      'from',
      'to',
      'stance',
      'status',
      'summary',
      'value',
      'upper',
      'unit',
      'of',
      'qualifier',
      'when_from',
      'when_to',
      'ended',
      'note',
      'source',
      'quote',
      'in',
      'lang',
    ],
    required: ['id', 'layer', 'from', 'to', 'summary', 'source', 'quote'],
  },
  scenes: {
    file: 'scenes.csv',
    columns: [
      'id',
      'title',
      'caption',
      'layers',
      'focus',
      'ties',
      'as_of',
      'west',
      'south',
      'east',
      'north',
      'notes',
    ],
    required: ['id', 'title'],
  },
  // `at`: an actor id, a tie id, or a point as "lon lat"; `scenes`: ids separated by spaces.
  annotations: {
    file: 'annotations.csv',
    columns: ['id', 'text', 'at', 'kind', 'scenes'],
    required: ['id', 'text', 'at'],
  },
} as const;

export type SheetKind = keyof typeof SHEET_FILES;
export type SheetFileName = (typeof SHEET_FILES)[SheetKind]['file'];

/** Ties' own columns: every row of one tie that fills one must agree with the others. */
export const TIE_OWN_COLUMNS = [
  'layer',
  'from',
  'to',
  'stance',
  'status',
  'summary',
  'value',
  'upper',
  'unit',
  'of',
  'qualifier',
  'when_from',
  'when_to',
  'ended',
  'note',
] as const;

/** Per-quote columns: one row each. */
export const EVIDENCE_COLUMNS = ['source', 'quote', 'in', 'lang'] as const;
