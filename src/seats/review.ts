import { idleVerdict, type IdleRules, type IdleVerdict } from './idle';
import type { Seat } from './seat';

/** A seat with its idle verdict, computed once per review. */
export interface ReviewedSeat {
  seat: Seat;
  verdict: IdleVerdict;
}

export function reviewSeats(seats: readonly Seat[], rules: IdleRules): ReviewedSeat[] {
  return seats.map((seat) => ({ seat, verdict: idleVerdict(seat, rules) }));
}

export interface SeatSummary {
  /** Agents and admins listed: every seat except suspended ones. */
  seats: number;
  /** Listed seats flagged as idle. */
  idle: number;
  /** Suspended agents, hidden by default; each still holds a paid seat. */
  suspended: number;
  /** Monthly cost of the idle seats, when a seat price is set. */
  idleMonthlyCost: number | null;
}

export function summarize(reviewed: readonly ReviewedSeat[], seatPrice: number | null): SeatSummary {
  let seats = 0;
  let idle = 0;
  let suspended = 0;
  for (const { seat, verdict } of reviewed) {
    if (seat.suspended) {
      suspended += 1;
      continue;
    }
    seats += 1;
    if (verdict.idle) idle += 1;
  }
  return { seats, idle, suspended, idleMonthlyCost: seatPrice === null ? null : idle * seatPrice };
}
