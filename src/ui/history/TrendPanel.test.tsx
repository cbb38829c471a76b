import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { afterEach, describe, expect, it } from 'vitest';
import type { DayFigures, DayRecord } from '../../history/record';
import { INITIAL_HISTORY, type HistoryFallback, type HistoryState } from '../../history/state';
import { setFormats } from '../i18n/format';
import he from '../i18n/locales/he';
import { setCatalogue } from '../i18n/messages';
import { dayFigures } from '../../test/historyStore';
import { TrendPanel, type HistoryFeed } from './TrendPanel';

const NOW = Date.parse('2026-11-28T09:00:00Z');

/** A stand-in for the session's history keeper: a state and its listeners, changed by the test. */
function fakeKeeper(initial: Partial<HistoryState> = {}): HistoryFeed & { set: (patch: Partial<HistoryState>) => void } {
  let state: HistoryState = { ...INITIAL_HISTORY, ...initial };
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (patch) => {
      state = { ...state, ...patch };
      for (const l of listeners) l();
    },
  };
}

const figures = dayFigures;

const day = (d: string, f: DayFigures | null, more: Partial<DayRecord> = {}): DayRecord => ({
  day: d,
  figures: f,
  snapshot: null,
  run: null,
  claim: null,
  ...more,
});

const DAYS: DayRecord[] = [
  day('2026-11-20', figures(40, 5, 1)),
  day('2026-11-27', figures(40, 5, 1)),
  day('2026-11-28', figures(42, 4, 1), {
    snapshot: { id: 'snap-1', result: 'sent', accepted: 3, parts: 3, at: '2026-11-28T06:10:00Z' },
    run: { kind: 'unattended', byId: 7, byName: 'Ada Admin', at: '2026-11-28T06:09:00Z' },
  }),
];

function show(keeper: HistoryFeed, theme = DEFAULT_THEME) {
  return render(
    <ThemeProvider theme={theme}>
      <TrendPanel history={keeper} clock={() => NOW} />
    </ThemeProvider>,
  );
}

const panel = () => document.querySelector('[data-history]') as HTMLElement;

afterEach(() => {
  setCatalogue({});
  setFormats('en');
});

describe('TrendPanel', () => {
  it('shows a placeholder while loading, then the trend when the keeper has read the history', () => {
    const keeper = fakeKeeper();
    show(keeper);
    expect(panel()).toHaveAttribute('data-history-phase', 'loading');
    expect(screen.getByText('Loading the seat history…')).toBeInTheDocument();
    expect(document.querySelector('[data-day]')).toBeNull();

    act(() => keeper.set({ phase: 'loaded', days: DAYS }));
    expect(panel()).toHaveAttribute('data-history-phase', 'loaded');
    expect(screen.queryByText('Loading the seat history…')).toBeNull();
    expect(screen.getByText('Kept in Zendesk: every admin sees the same history.')).toBeInTheDocument();
  });

  it('draws one point per day of the last 60, the days without a review as gaps', () => {
    show(fakeKeeper({ phase: 'loaded', days: [...DAYS, day('2026-11-25', null)] }));
    const points = [...document.querySelectorAll('[data-day]')];
    expect(points).toHaveLength(60);
    expect(points[0]).toHaveAttribute('data-day', '2026-09-30');
    expect(points.at(-1)).toHaveAttribute('data-day', '2026-11-28');
    // The day only claimed (no figures) is a gap like the days with no record.
    expect(document.querySelectorAll('[data-gap]')).toHaveLength(57);
    expect([...document.querySelectorAll('[data-day]:not([data-gap])')].map((p) => p.getAttribute('data-day'))).toEqual([
      '2026-11-20',
      '2026-11-27',
      '2026-11-28',
    ]);
    // Three seat lines; the line breaks at the gap between Nov 20 and Nov 27 (a second "M").
    const paid = document.querySelector('[data-chart="seats"] [data-series="paid"]')?.getAttribute('d') ?? '';
    expect(paid.match(/M/g)).toHaveLength(2);
  });

  it('sums the chart up for screen readers', () => {
    show(fakeKeeper({ phase: 'loaded', days: DAYS }));
    const chart = screen.getByRole('img', { name: /Seats over 60 days/ });
    expect(chart).toHaveAccessibleName(
      'Seats over 60 days, Sep 30, 2026 to Nov 28, 2026: 3 reviewed, 57 without a review. Latest, Nov 28, 2026: 42 paid, 4 likely idle, 1 suspended.',
    );
  });

  it('says how the last snapshot went, who ran it, and what changed since the previous review', () => {
    show(fakeKeeper({ phase: 'loaded', days: DAYS }));
    expect(document.querySelector('[data-history-last-snapshot]')).toHaveAttribute('data-history-last-snapshot', 'sent');
    expect(document.querySelector('[data-history-last-snapshot]')?.textContent).toBe(
      'Last snapshot: Sent 06:10 AM UTC, unattended, 3 of 3 parts accepted · Run by Ada Admin',
    );
    expect(document.querySelector('[data-history-change]')?.textContent).toBe(
      'Since the previous review (Nov 27, 2026): +2 paid seats, -1 likely idle, 0 suspended',
    );
  });

  it('draws the cost only when a day is priced', () => {
    const { unmount } = show(fakeKeeper({ phase: 'loaded', days: DAYS }));
    expect(document.querySelector('[data-chart="cost"]')).toBeNull();
    unmount();
    const priced = DAYS.map((d) =>
      d.figures ? { ...d, figures: { ...d.figures, idleCost: d.figures.idle * 50, suspendedCost: 50, currency: 'EUR' } } : d,
    );
    show(fakeKeeper({ phase: 'loaded', days: priced }));
    expect(screen.getByRole('img', { name: 'Idle and suspended seats cost 250\u00a0EUR a month on Nov 28, 2026.' })).toBeInTheDocument();
    expect(document.querySelector('[data-history-change]')?.textContent).toContain('-50\u00a0EUR a month');
    // The cost chart does not count days again.
    expect(document.querySelectorAll('[data-day]')).toHaveLength(60);
  });

  const NOTICES: [HistoryFallback, RegExp][] = [
    ['plan', /plan has no room for the app's custom object/],
    ['not-installed', /installed without its custom object/],
    ['unreadable', /could not be read just now: this is this browser's copy/],
  ];
  for (const [code, words] of NOTICES) {
    it(`says the history is kept in this browser only when the fallback is "${code}"`, () => {
      show(fakeKeeper({ phase: 'loaded', source: 'browser', fallback: code, days: DAYS }));
      const notice = document.querySelector(`[data-history-notice="${code}"]`) as HTMLElement;
      expect(notice).not.toBeNull();
      expect(within(notice).getByText('History kept in this browser only')).toBeInTheDocument();
      expect(within(notice).getByText(words)).toBeInTheDocument();
      expect(panel()).toHaveAttribute('data-history-fallback', code);
      expect(screen.queryByText('Kept in Zendesk: every admin sees the same history.')).toBeNull();
    });
  }

  it('has no notice when the history is Zendesk’s', () => {
    show(fakeKeeper({ phase: 'loaded', days: DAYS }));
    expect(document.querySelector('[data-history-notice]')).toBeNull();
  });

  it('switches to a table of the reviewed days and back from the keyboard', async () => {
    const user = userEvent.setup();
    show(fakeKeeper({ phase: 'loaded', days: DAYS }));
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const table = screen.getByRole('table', { name: 'Seat history by day' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-history-row'))).toEqual(['2026-11-28', '2026-11-27', '2026-11-20']);
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Nov 28, 2026', '42', '4', '1', 'Sent', 'Ada Admin']);
    expect(screen.getByText('3 of the last 60 days reviewed')).toBeInTheDocument();
    expect(document.querySelector('[data-chart]')).toBeNull();
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('table')).toBeNull();
    expect(document.querySelector('[data-chart="seats"]')).not.toBeNull();
  });

  it('says when nothing is recorded yet, without a table toggle', () => {
    show(fakeKeeper({ phase: 'loaded', days: [] }));
    expect(screen.getByText(/No review recorded yet/)).toBeInTheDocument();
    expect(screen.getByText(/No snapshot recorded yet/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show as table' })).toBeNull();
    expect(document.querySelector('[data-history-change]')).toBeNull();
  });

  it('says when today’s review could not be written', () => {
    show(fakeKeeper({ phase: 'loaded', days: DAYS, writeProblem: { code: 'unexpected', detail: 'Quota exceeded' } }));
    expect(document.querySelector('[data-history-write-problem]')?.textContent).toBe(
      "Today's review could not be added to the history: Quota exceeded",
    );
  });

  it('speaks Hebrew right to left: the days run from the right', () => {
    setCatalogue(he);
    setFormats('he');
    show(fakeKeeper({ phase: 'loaded', days: DAYS }), { ...DEFAULT_THEME, rtl: true });
    expect(screen.getByRole('heading', { name: 'היסטוריית רישיונות' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'הצגה כטבלה' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /רישיונות לאורך 60 ימים/ })).toHaveStyle({ transform: 'scaleX(-1)' });
  });

  it('keeps the days left to right otherwise', () => {
    show(fakeKeeper({ phase: 'loaded', days: DAYS }));
    expect(screen.getByRole('img', { name: /Seats over 60 days/ })).toHaveStyle({ transform: 'none' });
  });
});
