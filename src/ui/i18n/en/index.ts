/** Every English area at once: for the catalogue checks (the app imports each area where it is shown). */
import type { Catalogue } from '../catalogue';
import seats from './seats';
import columns from './columns';
import filters from './filters';
import panel from './panel';
import table from './table';
import summary from './summary';
import progress from './progress';
import errors from './errors';
import settings from './settings';
import app from './app';
import snapshot from './snapshot';
import release from './release';
import history from './history';

export const ENGLISH: Catalogue = { seats, columns, filters, panel, table, summary, progress, errors, settings, app, snapshot, release, history };
