/** English: what is wrong with an app setting, and what Seat Review did instead. */
import { num, plural } from '../format';

export default {
  /** `setting` is the setting's name as the app's settings page lists it (e.g. seat_price). */
  settingProblemTitle: (setting: string): string => `Check the app setting "${setting}"`,
  idleDaysOutOfRange: (max: number, value: string, fallback: number): string =>
    `Idle threshold must be a whole number of days between 0 and ${num(max)}; "${value}" was ignored and ${num(fallback)} used.`,
  graceDaysOutOfRange: (max: number, value: string, fallback: number): string =>
    `Grace period for new seats must be a whole number of days between 0 and ${num(max)}; "${value}" was ignored and ${num(fallback)} used.`,
  /** The examples are what an admin may type: keep the digits, and use the decimal mark your admins type (both . and , are read). */
  priceNotANumber: (value: string): string =>
    `Monthly price per paid seat must be a plain number such as 55 or 55.50; "${value}" was ignored, so costs are not shown.`,
  /** `fallback` is a currency code such as USD. */
  currencyUnknown: (value: string, fallback: string): string =>
    `Currency of the seat price must be a three-letter currency code such as USD, EUR or GBP; "${value}" was ignored and ${fallback} used.`,
  seatsNotANumber: (max: number, value: string): string =>
    `Seats purchased must be a whole number between 0 and ${num(max)}; "${value}" was ignored, so purchased and unassigned seats are not shown.`,
  /** `examples` is a list of quoted entries, possibly ending with "and 12 more" (quotedEntry, moreEntries). */
  exemptEntriesIgnored: (count: number, examples: string): string =>
    plural(count, {
      one: `Exempt users: # entry is neither an email nor a user id and was ignored: ${examples}.`,
      other: `Exempt users: # entries are neither an email nor a user id and were ignored: ${examples}.`,
    }),
  /** `valid` lists the names the setting takes, each quoted, joined as "a, b or c". */
  destinationUnknown: (value: string, valid: string): string =>
    `Destination of usage snapshots must be one of ${valid}; "${value}" is none of them, so no snapshot is sent until it is fixed.`,
  // A platform needs its own id for what snapshots go to; `platform` is a product name (Zluri, Torii, Lumos), never translated.
  destinationIdInstance: (platform: string): string =>
    `${platform} needs the id of the integration instance that receives the snapshots: no snapshot is sent until it is set.`,
  destinationIdAppAccount: (platform: string): string =>
    `${platform} needs the id of the custom integration's app account that receives the snapshots: no snapshot is sent until it is set.`,
  destinationIdApp: (platform: string): string =>
    `${platform} needs the id of the app that receives the snapshots (created once in ${platform}): no snapshot is sent until it is set.`,
  /** One ignored entry, quoted as typed. */
  quotedEntry: (entry: string): string => `"${entry}"`,
  /** The last item of the list of examples, for the entries not quoted. */
  moreEntries: (count: number): string => plural(count, { one: '# more', other: '# more' }),
};
