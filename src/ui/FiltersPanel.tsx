/** One filter for every column, in a compact grid under the search box; the values are keys, the words come from ui/text. */
import styled from 'styled-components';
import { Field, Input, Select } from '@zendeskgarden/react-forms';
import type { DateFilter, FlagFilterKey, RoleTypeChoice, SeatFilters } from '../seats/filters';
import { FLAG_FILTER_KEYS } from '../seats/filters';
import { COLUMN_LABELS } from './text/columns';
import { NO_TICKET_RESTRICTION, ROLE_WORDS, roleTypeText, TICKET_RESTRICTION_WORDS } from './text/roles';
import { SEAT_CLASS_WORDS } from './text/seats';

const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(170px, 1fr));
  gap: ${(p) => `${p.theme.space.sm} ${p.theme.space.md}`};
  margin-bottom: ${(p) => p.theme.space.md};
`;

type Option = readonly [value: string, label: string];
/** Date choices: their values must be keys filters.ts knows (DATE_RANGES). */
type DateOption = readonly [value: DateFilter, label: string];

const CREATED: readonly DateOption[] = [
  ['any', 'Any time'],
  ['within_30', 'In the last 30 days'],
  ['within_90', 'In the last 90 days'],
  ['within_365', 'In the last year'],
  ['older_365', 'More than a year ago'],
];

const LAST_SIGN_IN: readonly DateOption[] = [
  ['any', 'Any'],
  ['never', 'Never'],
  ['within_7', 'In the last 7 days'],
  ['within_30', 'In the last 30 days'],
  ['within_90', 'In the last 90 days'],
  ['older_30', 'More than 30 days ago'],
  ['older_90', 'More than 90 days ago'],
  ['older_365', 'More than a year ago'],
];

const FLAG: readonly Option[] = [
  ['any', 'Any'],
  ['yes', 'Yes'],
  ['no', 'No'],
  ['unset', 'Not set'],
];

const IDLE: readonly Option[] = [
  ['any', 'Any'],
  ['idle', 'Idle'],
  ['not_idle', 'Not idle'],
  ['exempt', 'Exempt'],
];

const SEAT_CLASS: readonly Option[] = [['any', 'Any'], ...Object.entries(SEAT_CLASS_WORDS)];

const ROLE: readonly Option[] = [['any', 'Any'], ...Object.entries(ROLE_WORDS)];

const TICKET_RESTRICTION: readonly Option[] = [['any', 'Any'], ['none', NO_TICKET_RESTRICTION], ...Object.entries(TICKET_RESTRICTION_WORDS)];

/** The role types the roster holds, by their words (the values stay keys). */
function roleTypeOptions(choices: readonly RoleTypeChoice[]): Option[] {
  const worded = choices.map((c) => [c.key, roleTypeText(c)] as const);
  return [['any', 'Any'], ...worded.sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0))];
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
      <Input isCompact data-filter={name} value={filters[name]} placeholder="contains…" onChange={(e) => onChange({ [name]: e.target.value })} />
    </Field>
  );
}

export interface FiltersPanelProps {
  filters: SeatFilters;
  onChange: (patch: Partial<SeatFilters>) => void;
  /** Role types present in the roster, in words (so an unknown one can still be chosen). */
  /** The role types the roster holds (roleTypeChoices). */
  roleTypes: readonly RoleTypeChoice[];
}

export function FiltersPanel({ filters, onChange, roleTypes }: FiltersPanelProps) {
  const shared = { filters, onChange };
  return (
    <Grid role="group" aria-label="Filters">
      <TextFilter name="name" label="Name" {...shared} />
      <TextFilter name="email" label="Email" {...shared} />
      <Choice name="created" label="Created" options={CREATED} {...shared} />
      <Choice name="lastSignIn" label="Last sign-in" options={LAST_SIGN_IN} {...shared} />
      <Choice name="idle" label="Idle" options={IDLE} {...shared} />
      <Choice name="seatClass" label="Seat class" options={SEAT_CLASS} {...shared} />
      <Choice name="role" label="Role" options={ROLE} {...shared} />
      <Choice name="roleType" label="Role type" options={roleTypeOptions(roleTypes)} {...shared} />
      <Choice name="ticketRestriction" label="Ticket restriction" options={TICKET_RESTRICTION} {...shared} />
      {FLAG_FILTER_KEYS.map((key: FlagFilterKey) => (
        <Choice key={key} name={key} label={COLUMN_LABELS[key]} options={FLAG} {...shared} />
      ))}
    </Grid>
  );
}
