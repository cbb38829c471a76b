/**
 * The shape of a catalogue: English's, area by area (types only: no English is loaded
 * here). Another language gives any part of it; what it lacks is English at run time.
 */
import type seats from './en/seats';
import type columns from './en/columns';
import type filters from './en/filters';
import type panel from './en/panel';
import type table from './en/table';
import type summary from './en/summary';
import type progress from './en/progress';
import type errors from './en/errors';
import type settings from './en/settings';
import type app from './en/app';
import type snapshot from './en/snapshot';
import type release from './en/release';
import type history from './en/history';

export interface Catalogue {
  seats: typeof seats;
  columns: typeof columns;
  filters: typeof filters;
  panel: typeof panel;
  table: typeof table;
  summary: typeof summary;
  progress: typeof progress;
  errors: typeof errors;
  settings: typeof settings;
  app: typeof app;
  snapshot: typeof snapshot;
  release: typeof release;
  history: typeof history;
}

export type LocaleCatalogue = { [K in keyof Catalogue]?: Partial<Catalogue[K]> };
