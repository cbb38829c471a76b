/** A review of seats: each seat's class, engagement and idle verdict, and the summary the screen and snapshots show. */
import { classifySeat, type SeatClassInfo } from './classes';
import { idleVerdict, UNKNOWN_ENGAGEMENT, type IdleRules, type IdleVerdict, type SeatEngagement } from './idle';
import type { Seat } from './seat';

/** A seat with its class, what is known of its engagement, and its idle verdict. */
export interface ReviewedSeat {
  seat: Seat;
  seatClass: SeatClassInfo;
  engagement: SeatEngagement;
  verdict: IdleVerdict;
}

/** Engagement by seat id; a seat missing from the map has unknown engagement. */
export type EngagementById = ReadonlyMap<number, SeatEngagement>;

export function reviewSeats(seats: readonly Seat[], rules: IdleRules, engagement: EngagementById = new Map()): ReviewedSeat[] {
  return seats.map((seat) => {
    const seatClass = classifySeat(seat);
    const known = engagement.get(seat.id) ?? UNKNOWN_ENGAGEMENT;
    return { seat, seatClass, engagement: known, verdict: idleVerdict(seat, rules, known, seatClass) };
  });
}

export interface SeatCosts {
  idleMonthly: number;
  idleYearly: number;
  suspendedMonthly: number;
  suspendedYearly: number;
  /** Seats bought but held by nobody; 0 without a purchased count or when over-assigned. */
  unassignedMonthly: number;
  unassignedYearly: number;
}

/** Seats bought against seats held: Zendesk bills the purchased count, whoever holds the seats. */
export interface SeatPurchase {
  purchased: number;
  /** Paid seats held, suspended ones included (they still hold theirs). */
  assigned: number;
  /** purchased − assigned; negative when more seats are held than bought. */
  unassigned: number;
}

/** The seat composition chart's parts; they add up to every agent and admin. */
export interface SeatComposition {
  activePaid: number;
  idlePaid: number;
  suspended: number;
  lightOrContributor: number;
  shared: number;
}

export interface SeatSummary {
  /** Agents and admins listed: every seat except suspended ones. */
  seats: number;
  /** Listed seats holding a paid agent seat. */
  paid: number;
  /** Listed paid seats that are likely idle. */
  idle: number;
  /** Suspended agents, hidden by default. */
  suspended: number;
  /** Suspended agents that still hold a paid seat (all but light agents, contributors, shared). */
  suspendedPaid: number;
  light: number;
  contributors: number;
  shared: number;
  chatOnly: number;
  /** Seats with the "API-only sign-in?" signal. */
  apiOnly: number;
  /** True when at least one paid verdict rests on sign-in alone. */
  signInOnly: boolean;
  composition: SeatComposition;
  /** Null without a purchased count (the seats_purchased setting). */
  purchase: SeatPurchase | null;
  /** Null without a seat price. */
  costs: SeatCosts | null;
}

export function summarize(reviewed: readonly ReviewedSeat[], seatPrice: number | null, seatsPurchased: number | null = null): SeatSummary {
  const s: SeatSummary = {
    seats: 0,
    paid: 0,
    idle: 0,
    suspended: 0,
    suspendedPaid: 0,
    light: 0,
    contributors: 0,
    shared: 0,
    chatOnly: 0,
    apiOnly: 0,
    signInOnly: false,
    composition: { activePaid: 0, idlePaid: 0, suspended: 0, lightOrContributor: 0, shared: 0 },
    purchase: null,
    costs: null,
  };
  for (const { seat, seatClass, verdict } of reviewed) {
    const listed = !seat.suspended;
    if (seat.suspended) {
      s.suspended += 1;
      if (seatClass.paid) {
        s.suspendedPaid += 1;
        s.composition.suspended += 1;
        continue;
      }
    }
    if (listed) s.seats += 1;
    if (!seatClass.paid) {
      // Suspended or not, a seat-less user still belongs in the composition.
      if (seatClass.seatClass === 'shared') s.composition.shared += 1;
      else s.composition.lightOrContributor += 1;
    }
    if (!listed) continue;
    if (seatClass.seatClass === 'light') s.light += 1;
    if (seatClass.seatClass === 'contributor') s.contributors += 1;
    if (seatClass.seatClass === 'shared') s.shared += 1;
    if (seatClass.seatClass === 'chat_only') s.chatOnly += 1;
    if (verdict.reasons.some((r) => r.code === 'api_only_sign_in')) s.apiOnly += 1;
    if (!seatClass.paid) continue;
    s.paid += 1;
    if (verdict.basis === 'sign-in' && !verdict.exempt) s.signInOnly = true;
    if (verdict.idle) {
      s.idle += 1;
      s.composition.idlePaid += 1;
    } else {
      s.composition.activePaid += 1;
    }
  }
  if (seatsPurchased !== null) {
    const assigned = s.paid + s.suspendedPaid;
    s.purchase = { purchased: seatsPurchased, assigned, unassigned: seatsPurchased - assigned };
  }
  if (seatPrice !== null) {
    const unassigned = Math.max(0, s.purchase?.unassigned ?? 0);
    s.costs = {
      idleMonthly: s.idle * seatPrice,
      idleYearly: s.idle * seatPrice * 12,
      suspendedMonthly: s.suspendedPaid * seatPrice,
      suspendedYearly: s.suspendedPaid * seatPrice * 12,
      unassignedMonthly: unassigned * seatPrice,
      unassignedYearly: unassigned * seatPrice * 12,
    };
  }
  return s;
}
