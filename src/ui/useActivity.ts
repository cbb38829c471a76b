/**
 * Transitional: the engagement phase as ActivityProgress takes it (failure worded). The
 * review session (review/) now runs engagement; this file goes once ActivityProgress
 * imports EngagementPhaseText from ./text/errors.
 */
export type { EngagementPhaseText as ActivityPhase } from './text/errors';
