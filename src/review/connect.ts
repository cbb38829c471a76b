/**
 * Joining the Zendesk page, for the page's entry (app/): the SDK handshake and the admin
 * check (zaf/connect.ts). Apart from ./index.ts because the SDK needs a browser.
 */
export { connect } from '../zaf/connect';
export type { Connection } from '../zaf/connect';
