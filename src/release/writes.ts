/**
 * What the release desk loads when a preview opens or a release starts, and not before:
 * the reads, the writes and Zendesk's write limits stay out of the first screen's JavaScript.
 */
export { countOpenTickets, readLightAgentRole } from './preview';
export { runRoleChanges } from './run';
export { JobSlots, UpdateUserLimit } from '../zaf/writeLimits';
