/**
 * The review screen: reads the review session (review/) through useReview and words what
 * it holds; search, filters, sort and which columns show are the screen's own state. The
 * summary's figures, the "Show suspended agents" switch and the filters panel all set the
 * same filters, so each shows what the others chose.
 */
import { lazy, Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Input } from '@zendeskgarden/react-forms';
import { Alert, Notification } from '@zendeskgarden/react-notifications';
import { MD, SM, XL } from '@zendeskgarden/react-typography';
import { getColor } from '@zendeskgarden/react-theming';
import { columnByKey, COLUMNS, type Column, type ColumnKey } from '../seats/columns';
import {
  activeFilterCount,
  applyFilters,
  REVIEW_FILTERS,
  roleTypeChoices,
  showsSuspended,
  summaryCardPatch,
  summaryCardPressed,
  type SeatFilters,
  type SummaryCard,
} from '../seats/filters';
import english from './i18n/en/table';
import { messages } from './i18n/messages';
import { sortValueOf } from './text/columns';
import { columnOrder, nextSort, type SeatSort } from '../seats/sort';
import type { SettingProblem } from '../settings/settings';
import type { ReviewSession } from '../review';
import { exportRowsAsCsv } from './download';
import { likelyIdleSelection } from '../release/eligibility';
import { currentSelection, NO_SELECTION, toggled, withAdded } from './seat/selection';
// Opened on request: kept out of the first screen's JavaScript.
const FiltersPanel = lazy(() => import('./FiltersPanel').then((m) => ({ default: m.FiltersPanel })));
import { LoadProgress } from './LoadProgress';
import { RosterIncomplete } from './RosterIncomplete';
import { SeatTable } from './SeatTable';
import { SummaryBar } from './SummaryBar';
import { SuspendedNotice } from './SuspendedNotice';
// Loaded beside the first screen, not in it: the review paints first, the panel a moment later.
// Opened on request, like the filters.
const SeatPanel = lazy(() => import('./seat/SeatPanel').then((m) => ({ default: m.SeatPanel })));
// Only when a setting cannot be used.
const SettingWarnings = lazy(() => import('./SettingWarnings').then((m) => ({ default: m.SettingWarnings })));
const SnapshotPanel = lazy(() => import('./snapshot/SnapshotPanel').then((m) => ({ default: m.SnapshotPanel })));
// The seat history's trend: its chart and words arrive beside the first screen, like the snapshot panel.
const TrendPanel = lazy(() => import('./history/TrendPanel').then((m) => ({ default: m.TrendPanel })));
// The release screens (preview, progress, report, history) and the seat panel's release button.
const ReleaseFlow = lazy(() => import('./release/ReleaseFlow').then((m) => ({ default: m.ReleaseFlow })));
const ReleaseSeatButton = lazy(() => import('./release/ReleaseSeatButton').then((m) => ({ default: m.ReleaseSeatButton })));
import { useReleases } from './release/useReleases';
// The counting's progress starts while the seats load: beside the first screen's JavaScript, not in it (its gzip budget).
const EngagementProgress = lazy(() => import('./EngagementProgress').then((m) => ({ default: m.EngagementProgress })));
import { engagementPhaseText, endedStreamText, failureText } from './text/errors';
import { useReview } from './useReview';

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

const SUMMARY_CARDS: readonly SummaryCard[] = ['seats', 'paid', 'idle', 'suspended'];

function tableColumns(showSuspended: boolean): Column[] {
  const first = TABLE_ORDER.map(columnByKey);
  const rest = COLUMNS.filter((c) => !TABLE_ORDER.includes(c.key) && (showSuspended || c.key !== 'suspended'));
  return [...first, ...rest];
}

export interface SeatReviewProps {
  /** The review this screen shows (created once per connection, see app/App.tsx). */
  session: ReviewSession;
  problems: readonly SettingProblem[];
  /** Releases the selected seats (the release dialog); without it there is no release button. */
  onReleaseSelected?: (ids: number[]) => void;
  /** Shown in a seat's panel footer; the release button for that seat by default. */
  seatActions?: (id: number) => ReactNode;
}

export function SeatReview({ session, problems, onReleaseSelected = session.releases.openPreview, seatActions }: SeatReviewProps) {
  const { subdomain, settings, now } = session;
  const t = messages('table', english);
  const roster = useReview(session, (s) => s.roster);
  const engagement = useReview(session, (s) => s.engagement);
  const reviewed = useReview(session, (s) => s.reviewed);
  const summary = useReview(session, (s) => s.summary);
  const readiness = useReview(session, (s) => s.readiness);
  const [filters, setFilters] = useState<SeatFilters>(REVIEW_FILTERS);
  const [sort, setSort] = useState<SeatSort | null>(null);
  // The switch is the Suspended filter: "only suspended" turns it on, switching it off hides them.
  const showSuspended = showsSuspended(filters);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [picked, setPicked] = useState(NO_SELECTION);
  // Seats that left the roster, or may no longer be released in bulk, drop out.
  const selection = useMemo(() => currentSelection(picked, reviewed), [picked, reviewed]);
  const [panelId, setPanelId] = useState<number | null>(null);
  const panelRow = useMemo(() => (panelId === null ? null : (reviewed.find((r) => r.seat.id === panelId) ?? null)), [panelId, reviewed]);
  const page = useRef<HTMLElement>(null);
  // The release preview is a dialog of its own: the seat panel makes way for it.
  const previewOpen = useReleases(session, (s) => s.preview !== null);
  if (previewOpen && panelId !== null) setPanelId(null);

  const roleTypes = useMemo(() => roleTypeChoices(roster.seats), [roster.seats]);
  // Ordered once per column (both directions); a toggle or a keystroke then only picks
  // an order and filters it (filtering keeps the order).
  const sortKey = sort?.key ?? null;
  const order = useMemo(() => (sortKey === null ? null : columnOrder(reviewed, sortKey, sortValueOf(sortKey))), [reviewed, sortKey]);
  const sorted = sort && order ? order[sort.direction] : reviewed;
  // Filtered in the same render as the keystroke: with the table's rows plain elements,
  // a synchronous pass paints sooner than a deferred one at 10,000 and 50,000 seats.
  const visible = useMemo(() => applyFilters(sorted, filters, now), [sorted, filters, now]);
  const columns = useMemo(() => tableColumns(showSuspended), [showSuspended]);

  const onSort = useCallback((key: ColumnKey) => setSort((s) => nextSort(s, key)), []);
  const onToggleSelect = useCallback((id: number) => setPicked((p) => toggled(currentSelection(p, reviewed), id)), [reviewed]);
  const closePanel = useCallback(() => {
    setPanelId(null);
    // Back to the seat's row (Garden's own focus return would be undone by StrictMode's second mount).
    if (panelId !== null) page.current?.querySelector<HTMLElement>(`tr[data-user-id="${panelId}"]`)?.focus();
  }, [panelId]);
  const activeFilters = activeFilterCount(filters);
  const patchFilters = (patch: Partial<SeatFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const onShowSuspended = useCallback((shown: boolean) => setFilters((f) => ({ ...f, suspended: shown ? 'any' : 'hide' })), []);
  // At most one figure is pressed: their filters exclude each other.
  const pressedCard = SUMMARY_CARDS.find((card) => summaryCardPressed(filters, card)) ?? null;
  const onPickCard = useCallback((card: SummaryCard) => setFilters((f) => ({ ...f, ...summaryCardPatch(f, card) })), []);

  return (
    <Page ref={page}>
      <Header>
        <div>
          <XL isBold tag="h1">
            {t.heading}
          </XL>
          <Muted>{t.reviewScope(`${subdomain}.zendesk.com`, settings.idleDays, settings.graceDays)}</Muted>
        </div>
        <Button size="small" onClick={session.reloadRoster} disabled={roster.phase === 'loading'}>
          {t.reload}
        </Button>
      </Header>

      <Stack>
        {problems.length > 0 && (
          <Suspense fallback={null}>
            <SettingWarnings problems={problems} />
          </Suspense>
        )}
        {roster.phase === 'loading' && <LoadProgress loaded={roster.seats.length} expected={roster.expected} waiting={roster.waiting} />}
        {roster.phase === 'failed' && (
          <Notification type="error" role="alert" data-load-error>
            <Notification.Title>{t.loadingStopped(roster.seats.length)}</Notification.Title>
            <MD>{roster.error && failureText(roster.error)}</MD>
            <Button size="small" onClick={session.resumeRoster} style={{ marginTop: 8 }}>
              {t.resumeLoading}
            </Button>
          </Notification>
        )}
        {roster.phase === 'incomplete' && (
          <RosterIncomplete
            read={roster.read ?? roster.seats.length}
            expected={roster.expected}
            ended={roster.ended.map(endedStreamText)}
            onReload={session.reloadRoster}
          />
        )}
        <Suspense fallback={null}>
          <EngagementProgress
            phase={engagementPhaseText(engagement.phase)}
            idleDays={settings.idleDays}
            sessionsError={engagement.sessionsError && failureText(engagement.sessionsError)}
            cacheKept={engagement.cacheKept}
            onCancel={session.cancelEngagement}
            onRestart={session.restartEngagement}
          />
        </Suspense>
        {roster.unreadable > 0 && (
          <Alert type="info" data-unreadable={roster.unreadable}>
            {t.unreadableRecords(roster.unreadable)}
          </Alert>
        )}
      </Stack>

      <SummaryBar summary={summary} idleDays={settings.idleDays} loading={roster.phase === 'loading'} pressed={pressedCard} onPick={onPickCard} />
      <Suspense fallback={null}>
        <ReleaseFlow session={session} />
      </Suspense>
      <Suspense fallback={null}>
        <SnapshotPanel sender={session.snapshots} input={session.snapshotInput} readiness={readiness} />
      </Suspense>
      {session.history && (
        <Suspense fallback={null}>
          <TrendPanel history={session.history} />
        </Suspense>
      )}
      <SuspendedNotice count={summary.suspended} shown={showSuspended} onToggle={onShowSuspended} />

      <Toolbar>
        <Field>
          <Field.Label>{t.searchLabel}</Field.Label>
          <Input
            type="search"
            placeholder={t.searchPlaceholder}
            value={filters.search}
            data-filter="search"
            onChange={(e) => patchFilters({ search: e.target.value })}
          />
        </Field>
        <Button size="small" isPill={false} onClick={() => setFiltersOpen((o) => !o)} aria-expanded={filtersOpen}>
          {activeFilters > 0 ? t.filtersActive(activeFilters) : t.filters}
        </Button>
        <Button size="small" isBasic disabled={activeFilters === 0} onClick={() => setFilters(REVIEW_FILTERS)}>
          {t.clearFilters}
        </Button>
        <Button size="small" isPrimary onClick={() => void exportRowsAsCsv(visible, subdomain, new Date(now))} disabled={visible.length === 0}>
          {t.exportCsv(visible.length)}
        </Button>
      </Toolbar>
      {filtersOpen && (
        <Suspense fallback={null}>
          <FiltersPanel filters={filters} onChange={patchFilters} roleTypes={roleTypes} />
        </Suspense>
      )}
      <Toolbar>
        <Muted data-shown-count={visible.length}>
          {t.showingSeats(visible.length, showSuspended ? summary.seats + summary.suspended : summary.seats)}
        </Muted>
        <Muted data-selected-count={selection.size}>{t.selectedCount(selection.size)}</Muted>
        <Button size="small" isBasic data-action="select-idle" onClick={() => setPicked(withAdded(selection, likelyIdleSelection(visible)))}>
          {t.selectLikelyIdle}
        </Button>
        <Button size="small" isBasic data-action="clear-selection" disabled={selection.size === 0} onClick={() => setPicked(NO_SELECTION)}>
          {t.clearSelection}
        </Button>
        <Button
          size="small"
          isPrimary
          data-action="release-selected"
          disabled={selection.size === 0}
          onClick={() => onReleaseSelected([...selection])}
        >
          {t.releaseSelected(selection.size)}
        </Button>
      </Toolbar>
      <SeatTable
        rows={visible}
        columns={columns}
        sort={sort}
        onSort={onSort}
        now={now}
        selected={selection}
        onToggleSelect={onToggleSelect}
        onOpenSeat={setPanelId}
      />
      {panelRow && (
        <Suspense fallback={null}>
          <SeatPanel
            key={panelRow.seat.id}
            row={panelRow}
            now={now}
            idleDays={settings.idleDays}
            onClose={closePanel}
            openUser={session.openUser}
            actions={seatActions ? seatActions(panelRow.seat.id) : <ReleaseSeatButton session={session} row={panelRow} />}
          />
        </Suspense>
      )}
    </Page>
  );
}
