import { useCallback, useMemo, useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Input } from '@zendeskgarden/react-forms';
import { Alert, Notification } from '@zendeskgarden/react-notifications';
import { MD, SM, XL } from '@zendeskgarden/react-typography';
import { getColor } from '@zendeskgarden/react-theming';
import { columnByKey, COLUMNS, type Column, type ColumnKey } from '../seats/columns';
import { activeFilterCount, applyFilters, NO_FILTERS, type SeatFilters } from '../seats/filters';
import { reviewSeats, summarize } from '../seats/review';
import { roleTypeName } from '../seats/seat';
import { columnOrder, nextSort, type SeatSort } from '../seats/sort';
import type { SeatReviewSettings, SettingProblem } from '../settings/settings';
import type { ZendeskGateway } from '../zaf/gateway';
import { exportRowsAsCsv } from './download';
import { FiltersPanel } from './FiltersPanel';
import { LoadProgress, RosterIncomplete } from './LoadProgress';
import { SeatTable } from './SeatTable';
import { SummaryBar } from './SummaryBar';
import { SuspendedNotice } from './SuspendedNotice';
import { useRoster } from './useRoster';
import { SnapshotPanel } from './snapshot/SnapshotPanel';
import { ActivityProgress } from './ActivityProgress';
import { useActivity } from './useActivity';

const Page = styled.main`
  padding: ${(p) => `${p.theme.space.md} ${p.theme.space.lg}`};
`;

const Header = styled.header`
  display: flex;
  align-items: baseline;
  justify-content: space-between;
  gap: ${(p) => p.theme.space.md};
  margin-bottom: ${(p) => p.theme.space.md};
`;

const Toolbar = styled.div`
  display: flex;
  align-items: flex-end;
  gap: ${(p) => p.theme.space.sm};
  margin: ${(p) => `${p.theme.space.md} 0 ${p.theme.space.sm}`};

  & > :first-child {
    flex: 1;
    max-width: 420px;
  }
`;

const Muted = styled(SM)`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

const Stack = styled.div`
  display: grid;
  gap: ${(p) => p.theme.space.sm};
  margin-bottom: ${(p) => p.theme.space.md};

  &:empty {
    display: none;
  }
`;

/** What answers "who holds a seat, and is it used?" comes first; the CSV keeps Zendesk's field order. */
const TABLE_ORDER: readonly ColumnKey[] = ['name', 'email', 'seatClass', 'idle', 'lastLoginAt', 'lastSeenAt', 'interactions', 'createdAt'];

function tableColumns(showSuspended: boolean): Column[] {
  const first = TABLE_ORDER.map(columnByKey);
  const rest = COLUMNS.filter((c) => !TABLE_ORDER.includes(c.key) && (showSuspended || c.key !== 'suspended'));
  return [...first, ...rest];
}

export interface SeatReviewProps {
  gateway: ZendeskGateway;
  subdomain: string;
  settings: SeatReviewSettings;
  problems: readonly SettingProblem[];
  installationId?: number | null;
  /** The review's "now"; fixed per review so every seat is judged at the same instant. */
  now: number;
}

export function SeatReview({ gateway, subdomain, settings, problems, installationId = null, now }: SeatReviewProps) {
  const roster = useRoster(gateway);
  const [filters, setFilters] = useState<SeatFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SeatSort | null>(null);
  const [showSuspended, setShowSuspended] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);

  const rules = useMemo(
    () => ({ idleDays: settings.idleDays, graceDays: settings.graceDays, exempt: settings.exempt, now }),
    [settings, now],
  );
  const engagement = useActivity({
    gateway,
    source: roster.source,
    seats: roster.seats,
    idleDays: settings.idleDays,
    now,
    subdomain,
  });
  const reviewed = useMemo(() => reviewSeats(roster.seats, rules, engagement.activity), [roster.seats, rules, engagement.activity]);
  const summary = useMemo(() => summarize(reviewed, settings.seatPrice), [reviewed, settings.seatPrice]);
  const roleTypes = useMemo(() => [...new Set(roster.seats.map(roleTypeName))].sort(), [roster.seats]);
  // Ordered once per column (both directions); a toggle or a keystroke then only picks
  // an order and filters it (filtering keeps the order).
  const sortKey = sort?.key ?? null;
  const order = useMemo(() => (sortKey === null ? null : columnOrder(reviewed, sortKey)), [reviewed, sortKey]);
  const sorted = sort && order ? order[sort.direction] : reviewed;
  // Filtered in the same render as the keystroke: with the table's rows plain elements,
  // a synchronous pass paints sooner than a deferred one at 10,000 and 50,000 seats.
  const visible = useMemo(() => {
    const listed = showSuspended ? sorted : sorted.filter((r) => !r.seat.suspended);
    return applyFilters(listed, filters, now);
  }, [sorted, showSuspended, filters, now]);
  const columns = useMemo(() => tableColumns(showSuspended), [showSuspended]);

  const onSort = useCallback((key: ColumnKey) => setSort((s) => nextSort(s, key)), []);
  const activeFilters = activeFilterCount(filters);
  const patchFilters = (patch: Partial<SeatFilters>) => setFilters((f) => ({ ...f, ...patch }));

  return (
    <Page>
      <Header>
        <div>
          <XL isBold tag="h1">
            Seat review
          </XL>
          <Muted>
            {subdomain}.zendesk.com · idle after {settings.idleDays} days without sign-in · {settings.graceDays} days' grace for new seats
          </Muted>
        </div>
        <Button size="small" onClick={roster.reload} disabled={roster.phase === 'loading'}>
          Reload
        </Button>
      </Header>

      <Stack>
        {problems.map((p) => (
          <Alert key={p.setting + p.message} type="warning" data-setting-problem={p.setting}>
            <Alert.Title>Check the app setting "{p.setting}"</Alert.Title>
            {p.message}
          </Alert>
        ))}
        {roster.phase === 'loading' && <LoadProgress loaded={roster.seats.length} expected={roster.expected} waiting={roster.waiting} />}
        {roster.phase === 'failed' && (
          <Notification type="error" role="alert" data-load-error>
            <Notification.Title>Loading stopped: {roster.seats.length} seats loaded so far are shown</Notification.Title>
            <MD>{roster.error}</MD>
            <Button size="small" onClick={roster.resume} style={{ marginTop: 8 }}>
              Resume loading
            </Button>
          </Notification>
        )}
        {roster.phase === 'incomplete' && (
          <RosterIncomplete read={roster.read ?? roster.seats.length} expected={roster.expected} ended={roster.ended} onReload={roster.reload} />
        )}
        <ActivityProgress
          phase={engagement.phase}
          idleDays={settings.idleDays}
          sessionsError={engagement.sessionsError}
          cacheKept={engagement.cacheKept}
          onCancel={engagement.cancel}
          onRestart={engagement.restart}
        />
        {roster.unreadable > 0 && (
          <Alert type="info" data-unreadable={roster.unreadable}>
            {roster.unreadable} user record{roster.unreadable === 1 ? '' : 's'} from Zendesk could not be read (no valid id) and
            {roster.unreadable === 1 ? ' is' : ' are'} not listed.
          </Alert>
        )}
      </Stack>

      <SummaryBar summary={summary} idleDays={settings.idleDays} />
      <SnapshotPanel
        gateway={gateway}
        subdomain={subdomain}
        endpoint={settings.saasEndpoint}
        reviewed={reviewed}
        summary={summary}
        settings={settings}
        rosterPhase={roster.phase}
        engagementPhase={engagement.phase.kind}
        {...(installationId !== null ? { installation: installationId } : {})}
      />
      <SuspendedNotice count={summary.suspended} shown={showSuspended} onToggle={setShowSuspended} />

      <Toolbar>
        <Field>
          <Field.Label>Search seats</Field.Label>
          <Input
            type="search"
            placeholder="Name or email"
            value={filters.search}
            data-filter="search"
            onChange={(e) => patchFilters({ search: e.target.value })}
          />
        </Field>
        <Button size="small" isPill={false} onClick={() => setFiltersOpen((o) => !o)} aria-expanded={filtersOpen}>
          Filters{activeFilters > 0 ? ` (${activeFilters})` : ''}
        </Button>
        <Button size="small" isBasic disabled={activeFilters === 0} onClick={() => setFilters(NO_FILTERS)}>
          Clear filters
        </Button>
        <Button size="small" isPrimary onClick={() => void exportRowsAsCsv(visible, subdomain, new Date(now))} disabled={visible.length === 0}>
          Export CSV ({visible.length})
        </Button>
      </Toolbar>
      {filtersOpen && <FiltersPanel filters={filters} onChange={patchFilters} roleTypes={roleTypes} />}
      <Muted data-shown-count={visible.length}>
        Showing {visible.length} of {showSuspended ? summary.seats + summary.suspended : summary.seats} seats
      </Muted>
      <SeatTable rows={visible} columns={columns} sort={sort} onSort={onSort} now={now} />
    </Page>
  );
}
