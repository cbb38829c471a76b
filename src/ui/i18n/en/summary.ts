/** English: the summary bar's figures, the seat composition bar, and the suspended agents notice. */
import { num, plural } from '../format';

export default {
  /** Accessible name of the whole summary section. */
  summaryLabel: 'Seat summary',
  seats: 'Seats (agents and admins)',
  paidSeats: 'Paid seats',
  paidSeatsHint: 'Admins, billing admins, agents, custom-role and chat-only agents; not light agents, contributors or shared agents',
  idleSeats: 'Likely idle paid seats',
  idleSeatsHint: (idleDays: number): string =>
    plural(idleDays, {
      one: 'Paid seats that never signed in after the grace period, or with neither a sign-in nor a ticket interaction in # day',
      other: 'Paid seats that never signed in after the grace period, or with neither a sign-in nor a ticket interaction in # days',
    }),
  /** Under the idle count, when ticket interactions could not be counted. */
  judgedOnSignInOnly: 'judged on sign-in only',
  suspendedAgents: 'Suspended agents',
  suspendedAgentsHint: 'Suspended agents still hold a paid seat until they are downgraded to end users',
  /** Labels above a monthly amount of money (the amount is shown below, in the chosen currency). */
  idleCostMonthly: 'Idle seats cost a month',
  suspendedCostMonthly: 'Suspended seats cost a month',
  unassignedCostMonthly: 'Unassigned seats cost a month',
  /** Under a monthly cost; `amount` is already formatted with its currency, e.g. "USD 20,460". */
  costYearly: (amount: string): string => `${amount} a year`,
  seatsPurchased: 'Seats purchased',
  paidSeatsAssigned: 'Paid seats assigned',
  /** Under "Paid seats assigned": how many of those seats belong to suspended agents. */
  assignedSuspended: (count: number): string => plural(count, { one: '# of them suspended', other: '# of them suspended' }),
  unassignedSeats: 'Unassigned seats',
  moreAssignedThanPurchased: (count: number): string =>
    plural(count, { one: '# more assigned than purchased', other: '# more assigned than purchased' }),
  everySeatAssigned: 'every seat purchased is assigned',
  unassignedHeldByNobody: 'bought, held by nobody',
  billingNote: 'Zendesk bills the seats purchased; freeing a seat lowers the bill only when the account owner lowers the seat count in Admin Center.',
  compositionLabel: 'Seat composition',
  compositionActivePaid: 'Active paid',
  compositionIdlePaid: 'Idle paid',
  /** The suspended agents that still hold a paid seat (light agents, contributors and shared agents hold none). */
  compositionSuspended: 'Suspended, holding a paid seat',
  compositionLightOrContributor: 'Light agents and contributors',
  compositionShared: 'Shared',
  /** One part of the composition bar, for screen readers and its tooltip: "Idle paid: 12". */
  compositionPart: (part: string, count: number): string => `${part}: ${num(count)}`,
  suspendedShown: (count: number): string =>
    plural(count, {
      one: '# suspended agent shown — each still holds a paid seat until downgraded to an end user.',
      other: '# suspended agents shown — each still holds a paid seat until downgraded to an end user.',
    }),
  suspendedHidden: (count: number): string =>
    plural(count, {
      one: '# suspended agent hidden — each still holds a paid seat until downgraded to an end user.',
      other: '# suspended agents hidden — each still holds a paid seat until downgraded to an end user.',
    }),
  showSuspended: 'Show suspended agents',
  /** Read by screen readers in place of a figure's "—" while the seats load. */
  figureLoading: 'Loading',
  /** Under "Seats": the suspended agents the figure leaves out. */
  seatsWithoutSuspended: (count: number): string =>
    plural(count, { one: 'not counting # suspended agent', other: 'not counting # suspended agents' }),
  /** Under "Suspended agents" (all of them): how many of them still hold a paid seat, the composition bar's "Suspended" part. */
  suspendedHoldingPaid: (count: number): string => plural(count, { one: '# of them holds a paid seat', other: '# of them hold a paid seat' }),
};
