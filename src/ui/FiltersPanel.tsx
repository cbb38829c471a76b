/**
 * One filter for every column (and the API-only signal), in a compact grid under the search
 * box; the values are keys, the words are the admin's language (the filters catalogue, and
 * ui/text for the columns' own words). The Suspended filter and the "Show suspended agents"
 * switch are one setting: each shows what the other chose.
 */
import styled from 'styled-components';
import { Field, Input, Select } from '@zendeskgarden/react-forms';
import type { SeatClass } from '../seats/classes';
import type { DateFilter, FlagFilterKey, LastSeenFilter, RoleTypeChoice, SeatFilters } from '../seats/filters';
import { DATE_RANGES, FLAG_FILTER_KEYS } from '../seats/filters';
import type { SeatRole } from '../seats/seat';
import english from './i18n/en/filters';
import { formatLocale } from './i18n/format';
import { messages } from './i18n/messages';
import { columnLabel } from './text/columns';
import { noTicketRestrictionText, roleTypeText, roleWords, TICKET_RESTRICTIONS, ticketRestrictionWords } from './text/roles';
import { seatClassWords } from './text/seats';

const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(170px, 1fr));
  gap: ${(p) => `${p.theme.space.sm} ${p.theme.space.md}`};
  margin-bottom: ${(p) => p.theme.space.md};
`;

type Option = readonly [value: string, label: string];
type Words = ReturnType<typeof filterWords>;

const filterWords = () => messages('filters', english);

/** Date choices: their values must be keys filters.ts knows (DATE_RANGES). */
const CREATED: readonly DateFilter[] = ['any', 'within_30', 'within_90', 'within_365', 'older_365'];
const LAST_SIGN_IN: readonly DateFilter[] = ['any', 'never', 'within_7', 'within_30', 'within_90', 'older_30', 'older_90', 'older_365'];
/** Last seen as last sign-in, where "never" is a seat without a session, and sessions may be unknown. */
const LAST_SEEN: readonly LastSeenFilter[] = ['any', 'never', 'unknown', 'within_7', 'within_30', 'within_90', 'older_30', 'older_90', 'older_365'];
const SEAT_CLASSES: readonly SeatClass[] = ['paid', 'light', 'contributor', 'chat_only', 'shared'];
const ROLES: readonly SeatRole[] = ['admin', 'agent'];

/** A date choice in words, from what its key means (a year is said as a year). */
function dateWords(t: Words, key: DateFilter, any: string): string {
  if (key === 'any') return any;
  if (key === 'never') return t.never;
  const { kind, days } = DATE_RANGES[key];
  if (days === 365) return kind === 'within' ? t.withinYear : t.olderThanYear;
  return kind === 'within' ? t.withinDays(days) : t.olderThanDays(days);
}

/** Every fixed choice list, in the admin's language: worded when the panel renders, never when it loads. */
function choiceLists(t: Words) {
  return {
    created: CREATED.map((key): Option => [key, dateWords(t, key, t.anyTime)]),
    lastSignIn: LAST_SIGN_IN.map((key): Option => [key, dateWords(t, key, t.any)]),
    lastSeen: LAST_SEEN.map((key): Option => {
      if (key === 'unknown') return [key, t.unknown];
      return [key, key === 'never' ? t.noSession : dateWords(t, key, t.any)];
    }),
    interactions: [
      ['any', t.any],
      ['none', t.interactionsNone],
      ['some', t.interactionsSome],
      ['unknown', t.unknown],
    ] satisfies Option[],
    apiOnly: [
      ['any', t.any],
      ['has', t.hasSignal],
      ['has_not', t.lacksSignal],
    ] satisfies Option[],
    // The review starts with "Hide suspended": the first choice is the switch off.
    suspended: [
      ['hide', t.suspendedHide],
      ['any', t.suspendedAll],
      ['only', t.suspendedOnly],
    ] satisfies Option[],
    flag: [
      ['any', t.any],
      ['yes', t.yes],
      ['no', t.no],
      ['unset', t.notSet],
    ] satisfies Option[],
    idle: [
      ['any', t.any],
      ['idle', t.idle],
      ['not_idle', t.notIdle],
      ['exempt', t.exempt],
    ] satisfies Option[],
    seatClass: [['any', t.any], ['all_paid', t.allPaid], ...SEAT_CLASSES.map((c): Option => [c, seatClassWords(c)])] satisfies Option[],
    role: [['any', t.any], ...ROLES.map((r): Option => [r, roleWords(r)])] satisfies Option[],
    ticketRestriction: [
      ['any', t.any],
      ['none', noTicketRestrictionText()],
      ...TICKET_RESTRICTIONS.map((r): Option => [r, ticketRestrictionWords(r)]),
    ] satisfies Option[],
  };
}

/** The role types the roster holds, by their words in the admin's collation (the values stay keys). */
function roleTypeOptions(t: Words, choices: readonly RoleTypeChoice[]): Option[] {
  const collator = new Intl.Collator(formatLocale());
  const worded = choices.map((c): Option => [c.key, roleTypeText(c)]);
  return [['any', t.any], ...worded.sort(([, a], [, b]) => collator.compare(a, b))];
}

function Choice({
  name,
  label,
  options,
  filters,
  onChange,
}: {
  name: keyof SeatFilters;
  label: string;
  options: readonly Option[];
  filters: SeatFilters;
  onChange: (patch: Partial<SeatFilters>) => void;
}) {
  return (
    <Field>
      <Field.Label>{label}</Field.Label>
      <Select isCompact data-filter={name} value={filters[name]} onChange={(e) => onChange({ [name]: e.target.value })}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function TextFilter({
  name,
  label,
  filters,
  onChange,
}: {
  name: 'name' | 'email';
  label: string;
  filters: SeatFilters;
  onChange: (patch: Partial<SeatFilters>) => void;
}) {
  return (
    <Field>
      <Field.Label>{label}</Field.Label>
      <Input
        isCompact
        data-filter={name}
        value={filters[name]}
        placeholder={filterWords().textContains}
        onChange={(e) => onChange({ [name]: e.target.value })}
      />
    </Field>
  );
}

export interface FiltersPanelProps {
  filters: SeatFilters;
  onChange: (patch: Partial<SeatFilters>) => void;
  /** The role types the roster holds (roleTypeChoices), so an unknown one can still be chosen. */
  roleTypes: readonly RoleTypeChoice[];
}

export function FiltersPanel({ filters, onChange, roleTypes }: FiltersPanelProps) {
  const t = filterWords();
  // A few dozen words, worded on each render: cheaper to read than to memoise.
  const lists = choiceLists(t);
  const shared = { filters, onChange };
  // Each filter is labelled by the header of the column it filters.
  return (
    <Grid role="group" aria-label={t.panelLabel}>
      <TextFilter name="name" label={columnLabel('name')} {...shared} />
      <TextFilter name="email" label={columnLabel('email')} {...shared} />
      <Choice name="created" label={columnLabel('createdAt')} options={lists.created} {...shared} />
      <Choice name="lastSignIn" label={columnLabel('lastLoginAt')} options={lists.lastSignIn} {...shared} />
      <Choice name="lastSeen" label={columnLabel('lastSeenAt')} options={lists.lastSeen} {...shared} />
      <Choice name="interactions" label={columnLabel('interactions')} options={lists.interactions} {...shared} />
      <Choice name="idle" label={columnLabel('idle')} options={lists.idle} {...shared} />
      <Choice name="apiOnly" label={t.apiOnlyLabel} options={lists.apiOnly} {...shared} />
      <Choice name="seatClass" label={columnLabel('seatClass')} options={lists.seatClass} {...shared} />
      <Choice name="role" label={columnLabel('role')} options={lists.role} {...shared} />
      <Choice name="roleType" label={columnLabel('roleType')} options={roleTypeOptions(t, roleTypes)} {...shared} />
      <Choice name="ticketRestriction" label={columnLabel('ticketRestriction')} options={lists.ticketRestriction} {...shared} />
      {FLAG_FILTER_KEYS.map((key: FlagFilterKey) => (
        <Choice key={key} name={key} label={columnLabel(key)} options={lists.flag} {...shared} />
      ))}
      <Choice name="suspended" label={columnLabel('suspended')} options={lists.suspended} {...shared} />
    </Grid>
  );
}
