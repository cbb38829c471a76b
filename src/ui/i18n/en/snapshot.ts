/** English: the SaaS Management panel (usage snapshots): its buttons, states, problems and history. */
import { num, plural } from '../format';

const users = (n: number): string => plural(n, { one: '# user', other: '# users' });

export default {
  // The panel's heading: the name of the product that receives the snapshots.
  title: 'SaaS Management',
  /** `schema` is a technical name like "zendesk-seat-snapshot/1.2"; `host` a web address. */
  sendsTo: (schema: string, host: string): string => `Usage snapshots (${schema}) go to ${host} through Zendesk's secure proxy.`,
  downloadOnly: 'Usage snapshots can still be downloaded for upload.',
  // Where snapshots go on a SaaS Management platform: `platform` is a product name (Zluri, Torii, Lumos, Okta Workflows),
  // never translated; `target` is one of zluriInstance / toriiAppAccount / lumosApp, or a web address.
  sendsToPlatform: (platform: string, target: string): string => `Usage snapshots go to ${platform} (${target}) through Zendesk's secure proxy.`,
  /** `id` is the platform's own identifier, as the admin typed it. */
  zluriInstance: (id: string): string => `instance ${id}`,
  toriiAppAccount: (id: string): string => `app account ${id}`,
  lumosApp: (id: string): string => `app ${id}`,
  sendTo: (platform: string): string => `Send to ${platform}`,
  sendToWhenFinished: (platform: string): string => `Send to ${platform} when the review finishes`,
  // Files for platforms that take an upload rather than a push; the names in parentheses are file formats.
  downloadFlexera: 'Download for Flexera (JSON Lines, gzip)',
  downloadZylo: 'Download for Zylo (CSV)',
  flexeraNotGzipped:
    'This browser cannot compress files, so the Flexera file was saved uncompressed (.jsonl): compress it with gzip before uploading it to Flexera One.',
  /** `size` and `limit` are amounts such as "12.5 MB". */
  flexeraTooLarge: (size: string, limit: string): string =>
    `The Flexera file is ${size}, above Flexera One's limit of ${limit} a file: split it and upload the parts as incremental loads (a full load deactivates the users its file lacks).`,
  send: 'Send snapshot',
  sendWhenFinished: 'Send snapshot when the review finishes',
  willSendWhenFinished: 'Will send when the review finishes',
  dontSend: "Don't send",
  downloadJson: 'Download JSON',
  downloadCsv: 'Download CSV',
  historyButton: (count: number): string => `History (${num(count)})`,
  queuedNote: 'The snapshot will be sent as soon as sessions and ticket interactions finish loading (or are cancelled).',
  waitsNote: 'Sessions and ticket interactions are still loading: a snapshot sent now waits for them, so each seat says what its verdict rests on.',
  unwritableDates: (n: number): string =>
    plural(n, {
      one: '# date from Zendesk lay outside the years 0000–9999 a snapshot can hold and was written as unknown (null).',
      other: '# dates from Zendesk lay outside the years 0000–9999 a snapshot can hold and were written as unknown (null).',
    }),
  sendingLabel: 'Sending snapshot',
  sendingPart: (index: number, count: number): string => `Sending part ${num(index)} of ${num(count)}…`,
  sending: 'Sending…',

  // Retries while sending; `seconds` counts down to the next attempt.
  waitRateLimited: (seconds: number): string => `SaaS Management asked to slow down: retrying in ${num(seconds)} s.`,
  waitServerError: (status: number, seconds: number): string => `SaaS Management had a server error (${status}): retrying in ${num(seconds)} s.`,
  waitNoAnswer: (seconds: number): string => `No answer from SaaS Management: retrying in ${num(seconds)} s.`,
  /** `platform` is a product name (Zluri, Torii), never translated. */
  waitSyncBusy: (platform: string, seconds: number): string => `${platform} is running another sync (409): trying again in ${num(seconds)} s.`,

  // A snapshot that is not (fully) sent yet.
  pendingTitle: (accepted: number, count: number): string =>
    plural(count, {
      one: `Snapshot not sent yet: ${num(accepted)} of # part accepted`,
      other: `Snapshot not sent yet: ${num(accepted)} of # parts accepted`,
    }),
  refusedTitle: (accepted: number, count: number): string =>
    plural(count, {
      one: `SaaS Management refused the snapshot: ${num(accepted)} of # part accepted`,
      other: `SaaS Management refused the snapshot: ${num(accepted)} of # parts accepted`,
    }),
  interrupted: 'Sending was interrupted.',
  // "Retry" and "Discard" name the buttons below.
  endpointChangedSince:
    'The SaaS Management endpoint setting changed since this snapshot was started. Retry sends it whole, from part 1, to the new endpoint; or Discard it.',
  endpointChangedSinceAfter: (accepted: number): string =>
    plural(accepted, {
      one: 'The SaaS Management endpoint setting changed since this snapshot was started (# part went to the previous endpoint). Retry sends it whole, from part 1, to the new endpoint; or Discard it.',
      other:
        'The SaaS Management endpoint setting changed since this snapshot was started (# parts went to the previous endpoint). Retry sends it whole, from part 1, to the new endpoint; or Discard it.',
    }),
  keptNotPersistent:
    'This browser does not let Zendesk apps keep data (third-party storage is blocked), so it is kept only while Seat Review stays open.',
  keptNoRoom: 'Kept only while Seat Review stays open: this browser had no room for it.',
  keptEndpointChanged: 'Kept in this browser (without the token) until you Retry or Discard it.',
  keptRefused: 'Kept in this browser (without the token): fix the cause, then Retry.',
  keptResent: 'Kept in this browser (without the token) and sent again when Seat Review next opens, or now with Retry.',
  retry: 'Retry',
  discard: 'Discard',

  // The last push: `when` is a date and time, `result` one of lastPushSent / lastPushRefused / lastPushUnfinished.
  lastPush: (when: string, accepted: number, count: number, result: string): string =>
    plural(count, {
      one: `Last push ${when}: ${num(accepted)} of # part accepted, ${result}.`,
      other: `Last push ${when}: ${num(accepted)} of # parts accepted, ${result}.`,
    }),
  lastPushSent: 'sent',
  lastPushRefused: 'refused',
  lastPushUnfinished: 'not finished',

  // The endpoint setting; `setting` is the setting's key as the app's settings page shows it ("saas_endpoint").
  endpointMissing: (setting: string): string => `Set the app setting "${setting}" (SaaS Management endpoint URL) to send snapshots.`,
  endpointPlaceholder: (setting: string, value: string): string =>
    `The app setting "${setting}" (SaaS Management endpoint URL) may not contain placeholders: "${value}".`,
  endpointNotUrl: (setting: string, value: string): string =>
    `The app setting "${setting}" (SaaS Management endpoint URL) is not a valid absolute URL: "${value}".`,
  endpointCredentials: (setting: string, tokenSetting: string): string =>
    `The app setting "${setting}" (SaaS Management endpoint URL) may not hold a user name or password; the token is sent from the "${tokenSetting}" setting.`,
  endpointNotHttps: (setting: string, got: string): string =>
    `The app setting "${setting}" (SaaS Management endpoint URL) must be an https:// address (got "${got}").`,
  // `hosts` is a list of web addresses; the command in quotes is typed as is.
  endpointNotWhitelisted: (setting: string, host: string, hosts: string): string =>
    `The host of the app setting "${setting}" (SaaS Management endpoint URL), "${host}", is not in the app's domain whitelist (${hosts}): Zendesk sends the token only to whitelisted hosts. Package the app with "npm run package -- --saas-domain ${host}" and update it.`,
  endpointNotWhitelistedEmpty: (setting: string, host: string): string =>
    `The host of the app setting "${setting}" (SaaS Management endpoint URL), "${host}", is not in the app's domain whitelist (no host): Zendesk sends the token only to whitelisted hosts. Package the app with "npm run package -- --saas-domain ${host}" and update it.`,

  // The package lacks a platform's fixed host; `platform` is a product name, `name` what the command takes (typed as is).
  destinationNotWhitelisted: (platform: string, host: string, name: string): string =>
    `${platform} takes snapshots at "${host}", which is not in the app's domain whitelist: Zendesk sends the token only to whitelisted hosts. Package the app with "npm run package -- --destination ${name}" and update it.`,

  // Why a push stopped.
  tooLarge: (partUsers: number, minUsers: number): string =>
    `SaaS Management refused a part of ${users(partUsers)} as too large (413), even at the smallest part size (${users(minUsers)}): raise the receiver's request size limit.`,
  /** `detail` is the receiver's own message. */
  tokenRefusedSaying: (detail: string, tokenSetting: string): string =>
    `SaaS Management did not accept the token (401): ${detail}. Check the app setting "${tokenSetting}" and that its scope allows the header.`,
  tokenRefused: (tokenSetting: string): string =>
    `SaaS Management did not accept the token (401). Check the app setting "${tokenSetting}" and that its scope allows the header.`,
  /** `size` and `limit` are amounts such as "3.4 MB". */
  toriiFileTooLarge: (size: string, limit: string): string =>
    `Nothing was sent: the roster makes a Torii file of ${size}, above the ${limit} Torii takes in one upload through Zendesk's proxy. Send to Zluri or Lumos instead, which take larger rosters.`,
  // A platform's sync; `platform` is a product name (Zluri, Torii, Lumos), never translated. "Retry" names the button.
  syncBusy: (platform: string, tries: number): string =>
    plural(tries, {
      one: `${platform} was running another sync (409), so nothing new was synced. Retry once it has finished.`,
      other: `${platform} was still running another sync after # tries (409), so nothing new was synced. Retry once it has finished.`,
    }),
  /** `setting` is the app setting's key ("saas_destination_id"). */
  noSyncId: (platform: string, setting: string): string =>
    `${platform} answered without the id of the sync it started, so nothing was synced. Retry; if it happens again, check the app setting "${setting}".`,
  noFileId: (platform: string): string => `${platform} answered the upload without a file id, so nothing was synced. Retry later.`,
  syncFailed: (platform: string): string =>
    `${platform} took every page, then reported the sync as failed: see the sync in ${platform} for why, then Retry.`,

  // Why a pending snapshot started again from part 1.
  restartEndpointChanged: 'The SaaS Management endpoint setting changed: the whole snapshot was sent again from part 1 to the new endpoint.',
  restartEndpointChangedAfter: (acceptedBefore: number): string =>
    plural(acceptedBefore, {
      one: 'The SaaS Management endpoint setting changed after # part was accepted by the previous endpoint: the whole snapshot was sent again from part 1 to the new endpoint.',
      other:
        'The SaaS Management endpoint setting changed after # parts were accepted by the previous endpoint: the whole snapshot was sent again from part 1 to the new endpoint.',
    }),
  restartSyncGone: (acceptedBefore: number): string =>
    plural(acceptedBefore, {
      one: 'The Zluri sync this snapshot was going to had ended after # page was accepted: a new sync was started and every page sent again from page 1.',
      other:
        'The Zluri sync this snapshot was going to had ended after # pages were accepted: a new sync was started and every page sent again from page 1.',
    }),
  restartSplit: (perPart: number): string =>
    `SaaS Management refused a part as too large (413): the snapshot was cut into parts of at most ${users(perPart)} and sent again from part 1 under a new snapshot id.`,

  // What the browser could not keep.
  notKeptSent: 'This browser could not keep the snapshot: it was sent.',
  notKeptPending: 'This browser could not keep the snapshot: it will not survive a reload. Retry while Seat Review is open, or download it.',
  historyNotKept: 'This browser could not keep the snapshot history: what is shown here will not survive a reload.',

  // Why Send is not available.
  refusedRosterLoading: 'Sending is possible once every seat is loaded.',
  refusedRosterFailed: 'Not sent: loading stopped before every seat was loaded, so a snapshot would be missing seats. Resume loading, then send.',
  refusedRosterIncomplete: 'Not sent: Zendesk gave fewer seats than it counted, so a snapshot would be missing seats. Reload, then send.',

  // The history table.
  historyLabel: 'Snapshot history',
  historyGenerated: 'Generated',
  historySeats: 'Seats',
  historyIdlePaid: 'Idle paid',
  historySuspended: 'Suspended',
  historyParts: 'Parts',
  historyChange: 'Change since the previous snapshot',
  historyStatus: 'Status',
  firstSnapshot: 'First snapshot',
  statusSending: 'Sending',
  statusInterrupted: 'Interrupted',
  statusSent: 'Sent',
  statusPending: 'Pending',
  statusRefused: 'Refused',
  statusSuperseded: 'Not sent (replaced)',

  // The change since the previous snapshot: each count present is listed ("2 new idle seats, 1 seat gone").
  changeNewIdle: (n: number): string => plural(n, { one: '# new idle seat', other: '# new idle seats' }),
  changeNoLongerIdle: (n: number): string => plural(n, { one: '# no longer idle', other: '# no longer idle' }),
  changeAdded: (n: number): string => plural(n, { one: '# seat added', other: '# seats added' }),
  changeGone: (n: number): string => plural(n, { one: '# seat gone', other: '# seats gone' }),
  changeSuspended: (n: number): string => plural(n, { one: '# newly suspended', other: '# newly suspended' }),
  changeUnsuspended: (n: number): string => plural(n, { one: '# no longer suspended', other: '# no longer suspended' }),
  noChange: 'No change',
};
