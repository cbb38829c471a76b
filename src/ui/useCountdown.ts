/**
 * A countdown that ticks once a second: the whole seconds left of `seconds`, counted from
 * when `since` last changed (a new wait, a new estimate). Measured against the clock, not
 * by counting ticks, so a throttled background tab still shows the truth; the interval
 * stops at zero and is cleared when a new countdown starts or the screen unmounts.
 */
import { useEffect, useState } from 'react';

export function useCountdown(seconds: number, since: unknown): number {
  const [elapsed, setElapsed] = useState<{ since: unknown; seconds: number }>({ since, seconds: 0 });
  // A new countdown starts full in the same render, not one tick later.
  const passed = elapsed.since === since ? elapsed.seconds : 0;
  useEffect(() => {
    if (seconds <= 0) return;
    const start = Date.now();
    const timer = setInterval(() => {
      const whole = Math.floor((Date.now() - start) / 1000);
      setElapsed({ since, seconds: whole });
      if (whole >= seconds) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [seconds, since]);
  return Math.max(0, seconds - passed);
}
