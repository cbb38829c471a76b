/** The words of seat classes, their rules and doubts, and idle reasons (codes from src/seats/), in the admin's language. */
import type { SeatClass, SeatClassInfo, SeatClassUncertainty } from '../../seats/classes';
import type { IdleReason } from '../../seats/idle';
import english from '../i18n/en/seats';
import { messages } from '../i18n/messages';

const m = () => messages('seats', english);

export function seatClassWords(seatClass: SeatClass): string {
  const t = m();
  switch (seatClass) {
    case 'paid':
      return t.classPaid;
    case 'light':
      return t.classLight;
    case 'contributor':
      return t.classContributor;
    case 'chat_only':
      return t.classChatOnly;
    case 'shared':
      return t.classShared;
  }
}

/** The billing rule behind the class, in the admin's words. */
export function seatClassRuleText(info: Pick<SeatClassInfo, 'seatClass' | 'heldWhileSuspended'>): string {
  const t = m();
  const rules: Readonly<Record<SeatClass, string>> = {
    shared: t.ruleShared,
    light: t.ruleLight,
    contributor: t.ruleContributor,
    chat_only: t.ruleChatOnly,
    paid: t.rulePaid,
  };
  return info.heldWhileSuspended ? `${rules[info.seatClass]} ${t.heldWhileSuspended}` : rules[info.seatClass];
}

/** What the Support API cannot tell about the class. */
export function uncertaintyText(uncertainty: SeatClassUncertainty): string {
  const t = m();
  switch (uncertainty.code) {
    case 'light-other-roles':
      return t.doubtLightOtherRoles;
    case 'contributor-explore':
      return t.doubtContributorExplore;
    case 'chat-activity-unseen':
      return t.doubtChatActivity;
    case 'unknown-role-type':
      return t.doubtUnknownRoleType(uncertainty.roleType);
  }
}

/** The reason in the admin's words. */
export function idleReasonText(reason: IdleReason): string {
  const t = m();
  switch (reason.code) {
    case 'never_signed_in':
      return reason.createdDaysAgo === null ? t.neverSignedInUnknownCreated : t.neverSignedIn(reason.createdDaysAgo);
    case 'api_only_sign_in':
      return t.apiOnlySignIn;
    case 'no_interactions':
      return t.noInteractions(reason.idleDays);
    case 'no_sign_in':
      return t.noSignIn(reason.lastSignInDaysAgo, reason.idleDays);
  }
}
