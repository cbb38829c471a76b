/** The printed table and docs/benchmarks.md. */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem, type as osType, release } from 'node:os';
import type { Row, Settings } from './scenarios';
import type { UiResult } from './ui';

const sec = (ms: number): string => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);

export function machine(): string[] {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    /* reported as unknown */
  }
  const cpu = cpus();
  return [
    `CPU: ${cpu[0]?.model ?? 'unknown'} × ${cpu.length}`,
    `Memory: ${(totalmem() / 1024 ** 3).toFixed(1)} GB`,
    `OS: ${osType()} ${release()}`,
    `Node: ${process.version}`,
    `Chromium: ${chromium}`,
  ];
}

export function header(s: Settings): string {
  const compressed =
    s.minuteMs === 60_000
      ? 'real minutes'
      : `time compressed: 1 plan minute = ${s.minuteMs} ms for every rate-limit window (stand-in budgets and the app's RateGates); latency is not compressed`;
  return `latency ${s.latencyMs} ms/request, plan ${s.rateLimit}/min, export 10/min, ${compressed}`;
}

export function tableOf(rows: Row[], s: Settings): string {
  const lines = [
    `| Scenario | Requests | Wall (s) | Floor (s): seq / rate | Ratio to floor | Peer | Memory |`,
    `| --- | ---: | ---: | --- | ---: | --- | --- |`,
  ];
  for (const r of rows) {
    const ratio = r.floor.floorMs > 0 ? `${(r.wallMs / r.floor.floorMs).toFixed(2)}×` : 'n/a';
    const ratePlan = r.floor.rateMs > 0 ? ` (${(r.floor.rateMs / s.minuteMs).toFixed(1)} plan-min)` : '';
    const peer = r.peer
      ? `${r.peer.requests} req, ${sec(r.peer.wallMs)} s → ${(r.peer.requests / Math.max(1, r.requests)).toFixed(1)}× the requests, ${(r.peer.wallMs / Math.max(1, r.wallMs)).toFixed(1)}× the time`
      : '';
    lines.push(
      `| ${r.scenario} | ${r.requests} | ${sec(r.wallMs)} | **${sec(r.floor.floorMs)}**: ${sec(r.floor.sequentialMs)} / ${sec(r.floor.rateMs)}${ratePlan} | ${ratio} | ${peer} | ${r.memory ?? ''} |`,
    );
  }
  return lines.join('\n');
}

export function notesOf(rows: Row[]): string {
  return rows.map((r) => `- **${r.scenario}**: ${[...r.notes, ...(r.peer ? [r.peer.note] : [])].join('; ')}`).join('\n');
}

export function uiTableOf(ui: UiResult[]): string {
  const lines = [
    '| Seats | First render after roster loaded (ms) | Filter keystroke: painted (DOM) ms | Sort: painted (DOM) ms | JS heap after GC (MB) | Repetitions |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const u of ui) {
    const f = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(1));
    lines.push(
      `| ${u.seats.toLocaleString('en')} | ${f(u.firstRenderMs)} | ${f(u.filterMs)} (${f(u.filterDomMs)}) | ${f(u.sortMs)} (${f(u.sortDomMs)}) | ${u.heapMb === null ? 'n/a' : u.heapMb.toFixed(1)} | ${u.repetitions} |`,
    );
  }
  return lines.join('\n');
}

export interface Verdict {
  target: string;
  result: string;
}

export function verdictTable(verdicts: Verdict[]): string {
  return ['| Target (issue 5) | Measured |', '| --- | --- |', ...verdicts.map((v) => `| ${v.target} | ${v.result} |`)].join('\n');
}
