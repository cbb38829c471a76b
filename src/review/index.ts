/**
 * What the screen (ui/, app/) and the benchmark may use of the review: the session, its
 * state's types, and joining the Zendesk page. They import nothing from zendesk/ or zaf/
 * (types aside), so everything they do goes through here. Joining the page is in
 * ./connect.ts: it loads the SDK, which needs a browser (the benchmark runs in Node).
 */
export type { Connection, CurrentUser } from '../zaf/connect';
export type { FailureKind } from '../zaf/errors';
export type { RetryNotice } from '../zaf/gateway';
export type { PagingErrorCode } from '../zaf/paging';
export type { EngagementPhase, InteractionCounts } from '../zendesk/engagement';
export type { Failure, MalformedWhat } from '../zendesk/failure';
export type { InteractionStrategy, StrategyPlan } from '../zendesk/strategy';
export { seatEngagement, engagementBySeat } from './engagementBySeat';
export { createReviewSession, type ReviewSession, type ReviewSessionOptions, type SnapshotBase } from './session';
export { createReleaseDesk, type ReleaseDesk, type ReleasePreview, type ReleaseRun, type ReleaseState } from './releases';
export type { ChangeOutcome, Refusal, RefusalReason } from '../release/outcome';
export type { ReleaseReport, ReleaseTarget, ReportSeat } from '../release/report';
export type { RunProgress, RunWait } from '../release/run';
export type { CustomRole } from '../zendesk/roleChanges';
export { createSnapshotSender, type PushEnded, type SendOutcome, type SendProblem, type SnapshotSender, type SnapshotSendState } from './snapshots';
export type { HistoryKeeper } from './history';
export type { HistoryFallback, HistorySource, HistoryState } from '../history/state';
export type { DayFigures, DayRecord, DaySnapshot, DaySnapshotResult, RunKind } from '../history/record';
export type { UnattendedOutcome } from './unattended';
export type { EndedRosterStream, EngagementState, ReviewState, RosterState } from './state';
