/**
 * The background location's entry (no UI): Zendesk loads it for everyone who opens
 * Support. It joins the page at a low share of the plan's rate limit and runs the day's
 * unattended review (review/unattended.ts), which does nothing for anyone but an admin,
 * nor while `daily_snapshot` is off. How it ended is left on the page as codes
 * (`data-unattended` on <body>) for the stand-in and end-to-end tests to read.
 */
import { connect } from './review/connect';
import { runUnattended, UNATTENDED_SHARE, type UnattendedOutcome } from './review/unattended';

// The page going away ends the run where it is: the next load takes it back (see unattended.ts).
const stop = new AbortController();
addEventListener('pagehide', () => stop.abort(), { once: true });

function show(outcome: UnattendedOutcome | { code: 'error' }): void {
  document.body.dataset.unattended = outcome.code;
  if (outcome.code === 'ran') {
    document.body.dataset.unattendedSnapshot = outcome.snapshot;
    if (outcome.fallback) document.body.dataset.unattendedFallback = outcome.fallback;
  }
  if (outcome.code === 'not-due') document.body.dataset.unattendedWhy = outcome.why;
}

document.body.dataset.unattended = 'connecting';
connect({ budgetShare: UNATTENDED_SHARE })
  .then((connection) => runUnattended({ connection, signal: stop.signal }))
  .then(show, () => show({ code: 'error' }));
