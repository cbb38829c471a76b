/**
 * Decides the seat mix of a demo account: which seats are admins, light agents,
 * contributors…, who is suspended, idle, shared or restricted, and which seats carry the
 * deliberately odd values a defensive parser must survive. Pure: counts in, plans out.
 */
import type { Rng } from './prng';

export type SeatKind = 'owner' | 'billing-admin' | 'admin' | 'agent' | 'light' | 'chat' | 'contributor' | 'unknown-role';

/** active: signed in within 30 days; idle: 31–400 days ago; never-*: last_login_at null. */
export type LoginState = 'active' | 'idle' | 'never-new' | 'never-old';

export type TicketRestriction = 'groups' | 'assigned' | 'organization';

/** Realistic but awkward records, always present when seats >= 30. */
export const ODD_KINDS = [
  'admin-null-role-type',
  'unknown-role-type',
  'ticket-restriction-empty',
  'two-factor-null',
  'name-empty',
  'name-null',
  'missing-keys',
  'extra-fields',
  'name-formula-equals',
  'name-formula-plus',
  'name-formula-minus',
  'name-formula-at',
  'name-csv-quotes',
] as const;
export type OddKind = (typeof ODD_KINDS)[number];

export interface SeatPlan {
  kind: SeatKind;
  login: LoginState;
  suspended: boolean;
  shared: boolean;
  restriction: TicketRestriction | null;
  odd: OddKind | null;
  /** The plain, active agent the API signs in as for the non-admin case. */
  sample: boolean;
}

/** Below this many seats the mix is only proportional: no guaranteed kinds, no odd records. */
export const FULL_MIX_MIN_SEATS = 30;

const RESTRICTIONS: readonly TicketRestriction[] = ['groups', 'assigned', 'organization'];
const PLAIN_ODDS = ODD_KINDS.filter((k) => k !== 'admin-null-role-type' && k !== 'unknown-role-type');

export function planSeats(seats: number, rng: Rng): SeatPlan[] {
  const full = seats >= FULL_MIX_MIN_SEATS;
  const share = (min: number, ratio: number): number => (full ? Math.max(min, Math.round(seats * ratio)) : Math.round(seats * ratio));

  const nAdmins = full ? Math.max(3, Math.round(seats * 0.05)) : Math.max(1, Math.round(seats * 0.05));
  const nLight = share(1, 0.1);
  const nChat = share(1, 0.03);
  const nContrib = share(1, 0.02);
  const nUnknown = full ? 1 : 0;
  const nPlain = seats - nAdmins - nLight - nChat - nContrib - nUnknown;
  if (nPlain < 1) throw new RangeError(`seats=${seats} leaves no room for a plain agent`);

  const plans: SeatPlan[] = [];
  const add = (kind: SeatKind, count: number, odd: OddKind | null = null): void => {
    for (let i = 0; i < count; i++) {
      plans.push({ kind, login: 'active', suspended: false, shared: false, restriction: null, odd, sample: false });
    }
  };
  add('owner', 1);
  let admins = nAdmins - 1;
  if (admins > 0) {
    add('billing-admin', 1);
    admins--;
  }
  if (full) {
    add('admin', 1, 'admin-null-role-type');
    admins--;
  }
  add('admin', admins);
  add('light', nLight);
  add('chat', nChat);
  add('contributor', nContrib);
  add('unknown-role', nUnknown, 'unknown-role-type');
  const firstPlain = plans.length;
  add('agent', nPlain);
  (plans[firstPlain] as SeatPlan).sample = true;

  const indices = (keep: (p: SeatPlan) => boolean): number[] => rng.shuffle(plans.map((p, i) => (keep(p) ? i : -1)).filter((i) => i >= 0));
  const isPlain = (p: SeatPlan): boolean => p.kind === 'agent' && !p.sample;

  if (full) {
    const plain = indices(isPlain);
    PLAIN_ODDS.forEach((odd, i) => {
      (plans[plain[i] as number] as SeatPlan).odd = odd;
    });
  }

  // Sign-in history: new hires and long-dormant accounts that never signed in, idle seats.
  const candidates = indices((p) => p.kind !== 'owner' && !p.sample);
  const nNewHires = share(1, 0.015);
  const nNeverOld = share(1, 0.01);
  const nIdle = share(1, 0.15);
  candidates.forEach((index, i) => {
    const plan = plans[index] as SeatPlan;
    if (i < nNewHires) plan.login = 'never-new';
    else if (i < nNewHires + nNeverOld) plan.login = 'never-old';
    else if (i < nNewHires + nNeverOld + nIdle) plan.login = 'idle';
  });

  const agentKinds: readonly SeatKind[] = ['agent', 'light', 'chat'];
  indices((p) => agentKinds.includes(p.kind) && !p.sample && p.login !== 'never-new')
    .slice(0, share(1, 0.04))
    .forEach((i) => {
      (plans[i] as SeatPlan).suspended = true;
    });

  indices((p) => isPlain(p) && p.odd === null && !p.suspended)
    .slice(0, share(1, 0.02))
    .forEach((i) => {
      (plans[i] as SeatPlan).shared = true;
    });

  const nRestricted = full ? Math.max(3, Math.round(nPlain * 0.15)) : Math.round(nPlain * 0.15);
  indices((p) => isPlain(p) && !p.shared && p.odd !== 'ticket-restriction-empty')
    .slice(0, nRestricted)
    .forEach((index, i) => {
      (plans[index] as SeatPlan).restriction = RESTRICTIONS[i % RESTRICTIONS.length] as TicketRestriction;
    });

  return plans;
}
