/**
 * Paces requests to at most `limit` per `windowMs` (a sliding window), so the app stays
 * under a Zendesk limit instead of running into its 429s: the incremental export's 10
 * a minute, or a share of the plan's budget that leaves room for agents at work. The
 * window itself (SlidingWindow) is the one the plan budget (planBudget.ts) paces with too.
 */
import { abortableSleep } from './gateway';

/** The starts of the last `windowMs`: how many more may start now, and when the next may if none. */
export class SlidingWindow {
  private readonly starts: number[] = [];

  constructor(readonly windowMs: number) {}

  /** Records a start at `now` and returns 0 if fewer than `limit` lie in the window; else the ms until the oldest leaves it. */
  tryStart(limit: number, now: number): number {
    while (this.starts.length > 0 && (this.starts[0] as number) <= now - this.windowMs) this.starts.shift();
    if (this.starts.length < limit) {
      this.starts.push(now);
      return 0;
    }
    return (this.starts[0] as number) + this.windowMs - now;
  }
}

export class RateGate {
  private readonly window: SlidingWindow;

  /**
   * A gate for one of Zendesk's per-minute limits. Zendesk counts requests when they
   * arrive, the gate when they leave: a request sent exactly a window after the first can
   * land a hair inside Zendesk's window and get a 429. 1% of the window spare (0.6 s a
   * minute) absorbs that skew.
   */
  static forZendesk(limit: number, minuteMs: number = 60_000): RateGate {
    return new RateGate(limit, minuteMs * 1.01);
  }

  constructor(
    readonly limit: number,
    readonly windowMs: number = 60_000,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void> = abortableSleep,
  ) {
    this.window = new SlidingWindow(windowMs);
  }

  /** Resolves when one more request may start; records it. */
  async take(signal?: AbortSignal): Promise<void> {
    for (let wait = this.window.tryStart(this.limit, this.now()); wait > 0; wait = this.window.tryStart(this.limit, this.now())) {
      await this.sleep(wait, signal);
    }
  }
}
