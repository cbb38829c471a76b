/**
 * 日本語: the admin's language, laid over English (see ../messages.ts). Terms as Zendesk's Japanese
 * admin pages use them (エージェント, ライトエージェント, エンドユーザー, 管理者, 管理センター); Japanese has one
 * plural category (`other`), so each plural gives only that form.
 */
import type { LocaleCatalogue } from '../catalogue';
import { money, num, plural } from '../format';

const days = (n: number): string => plural(n, { other: '#日' });
const requests = (n: number): string => plural(n, { other: 'リクエスト#件' });
const users = (n: number): string => plural(n, { other: '#人のユーザー' });
/** "：what the service said" when it said something, else the sentence's full stop. */
const said = (detail: string): string => (detail ? `：${detail}` : '。');
/** Nothing after a single attempt; before the sentence after several, as Japanese puts it first. */
const after = (attempts: number): string => (attempts === 1 ? '' : plural(attempts, { other: '#回試行しましたが、' }));

export default {
  seats: {
    classPaid: '有料エージェントシート',
    classLight: 'ライトエージェント',
    classContributor: 'コントリビューター',
    classChatOnly: 'チャット専用エージェント',
    classShared: '共有エージェント',
    ruleShared: '共有エージェントはチケット共有を通じて別のZendeskアカウントで作業するため、このアカウントのシートは使用しません。',
    ruleLight: 'ライトエージェントは有料シートを使用しません（プランのライトエージェント枠に含まれます）。',
    ruleContributor: 'コントリビューター（コントリビューターとしてSupportに追加されたチャットエージェント）は、Supportの有料シートを使用しません。',
    ruleChatOnly: 'チャット専用エージェントはZendesk Chatのエージェントで、有料エージェントシートを1つ使用します。',
    rulePaid: '管理者、請求管理者、エージェント、カスタムロールのエージェントは、それぞれ有料エージェントシートを1つ使用します。',
    heldWhileSuspended: '停止中でも、エンドユーザーにダウングレードされるまでシートを使用し続けます。',
    doubtLightOtherRoles:
      'チャットエージェント、Guideマネージャ、Exploreの編集者/管理者を兼ねるライトエージェントはシートを使用します。これらのロールはSupport APIでは確認できません。',
    doubtContributorExplore: 'Exploreの編集者/管理者を兼ねるコントリビューターはシートを使用します。このロールはSupport APIでは確認できません。',
    doubtChatActivity:
      'チャットのアクティビティはSupport APIでは確認できないため、サインインやチケット対応からは実際より少なく見える場合があります。',
    doubtUnknownRoleType: (roleType: number): string =>
      `不明なロールタイプ ${roleType}：Zendeskが別途示さない限りすべてのエージェントがシートを使用するため、有料シートとして数えています。`,
    neverSignedInUnknownCreated: '一度もサインインしていません（作成日不明）',
    neverSignedIn: (createdDaysAgo: number): string => `一度もサインインしていません。シートは${days(createdDaysAgo)}前に作成`,
    apiOnlySignIn: 'APIのみのサインイン？最近のサインインはありますが、セッションもチケット対応もありません',
    noInteractions: (idleDays: number): string => `${days(idleDays)}間チケット対応なし`,
    noSignIn: (lastSignInDaysAgo: number, idleDays: number): string => `${days(lastSignInDaysAgo)}間サインインなし（しきい値${idleDays}日）`,
  },

  columns: {
    columnName: '名前',
    columnEmail: 'メール',
    columnCreated: '作成日',
    columnLastSignIn: '最終サインイン',
    columnIdle: '休眠',
    columnSeatClass: 'シートの種類',
    columnInteractions: 'チケット対応',
    columnLastSeen: '最終アクセス（セッション）',
    columnRole: 'ロール',
    columnRoleType: 'ロールタイプ',
    columnChatOnly: 'チャット専用',
    columnModerator: 'モデレータ',
    columnRestrictedAgent: '制限付きエージェント',
    columnShared: '共有',
    columnSharedAgent: '共有エージェント',
    columnTicketRestriction: 'チケットのアクセス制限',
    columnTwoFactorAuth: '2要素認証',
    columnVerified: '確認済み',
    columnReportCsv: 'レポートのCSV出力',
    columnSuspended: '停止中',
    csvUserId: 'ユーザーID',

    yes: 'はい',
    no: 'いいえ',
    neverSignedIn: 'なし',
    noSession: 'セッションなし',
    exempt: '除外',
    noPaidSeat: '有料シートなし',
    // Reasons contain 、 and 。 themselves, so a slash keeps them apart.
    reasonSeparator: '／',
    notSet: '未設定',

    roleAdmin: '管理者',
    roleAgent: 'エージェント',
    roleTypeCustom: 'カスタムロールのエージェント',
    roleTypeLight: 'ライトエージェント',
    roleTypeChatOnly: 'チャット専用エージェント',
    roleTypeContributor: 'コントリビューター',
    roleTypeAdmin: '管理者',
    roleTypeBillingAdmin: '請求管理者',
    roleTypeUnknown: (roleType: number): string => `不明なロールタイプ（${roleType}）`,

    restrictionOrganization: 'リクエスタの組織',
    restrictionGroups: 'エージェントのグループ',
    restrictionAssigned: 'エージェントに割り当て済み',
    restrictionRequested: 'エージェントがリクエスト',
    restrictionNone: 'なし',
    restrictionOther: (value: string): string => `その他（${value}）`,
  },

  filters: {
    panelLabel: 'フィルタ',
    any: 'すべて',
    anyTime: 'すべての期間',
    never: 'なし',
    withinDays: (days: number): string => plural(days, { other: '過去#日以内' }),
    withinYear: '過去1年以内',
    olderThanDays: (days: number): string => plural(days, { other: '#日以上前' }),
    olderThanYear: '1年以上前',
    yes: 'はい',
    no: 'いいえ',
    notSet: '未設定',
    idle: '休眠',
    notIdle: '休眠ではない',
    exempt: '除外',
    textContains: '次を含む…',
    allPaid: 'すべての有料シート',
    noSession: 'セッションなし',
    unknown: '不明',
    interactionsNone: 'なし',
    interactionsSome: 'あり',
    apiOnlyLabel: 'APIのみのサインインの兆候',
    hasSignal: '兆候あり',
    lacksSignal: '兆候なし',
    suspendedHide: '停止中を非表示',
    suspendedAll: 'すべて表示',
    suspendedOnly: '停止中のみ',
  },

  panel: {
    untitledUser: (id: number): string => `ユーザー ${id}`,
    noEmail: 'メールなし',
    suspended: '停止中',
    verdictExempt: '除外：除外リストに含まれているため、休眠とは判定されません',
    verdictNoPaidSeat: '有料シートを使用していないため、判定の対象外です',
    verdictIdle: '休眠の可能性あり',
    verdictNotIdleWithSignal: '休眠ではありませんが、確認すべき兆候があります',
    verdictNotIdle: '休眠ではありません',
    signInOnly: 'サインインのみで判定：チケット対応はまだわかりません。',
    interactionsInWindow: (idleDays: number): string => plural(idleDays, { other: 'チケット対応（過去#日）' }),
    notKnownYet: 'まだ不明',
    openInZendesk: 'Zendeskで開く',
    close: '閉じる',
    openRefused: 'Zendeskでこのユーザーを開けませんでした。管理センターの「チームメンバー」でメールアドレスを検索してください。',
  },

  table: {
    heading: 'シートレビュー',
    reviewScope: (host: string, idleDays: number, graceDays: number): string =>
      `${host} · ${plural(idleDays, { other: 'サインインなしで#日経過すると休眠' })} · ${plural(graceDays, { other: '新しいシートの猶予期間は#日' })}`,
    reload: '再読み込み',
    loadingStopped: (loaded: number): string => plural(loaded, { other: '読み込みが停止しました：ここまでに読み込んだ#件のシートを表示しています' }),
    resumeLoading: '読み込みを再開',
    unreadableRecords: (count: number): string =>
      plural(count, { other: 'Zendeskのユーザーレコード#件を読み取れなかったため（有効なIDがありません）、一覧に含めていません。' }),
    searchLabel: 'シートを検索',
    searchPlaceholder: '名前またはメール',
    filters: 'フィルタ',
    filtersActive: (active: number): string => `フィルタ（${num(active)}）`,
    clearFilters: 'フィルタをクリア',
    exportCsv: (shown: number): string => `CSVをエクスポート（${num(shown)}）`,
    showingSeats: (shown: number, total: number): string => plural(total, { other: `#件中${num(shown)}件のシートを表示` }),
    selectedCount: (selected: number): string => `${num(selected)}件を選択中`,
    selectLikelyIdle: '休眠の可能性があるシートをすべて選択',
    clearSelection: '選択を解除',
    releaseSelected: (selected: number): string => `選択したシートを解放（${num(selected)}）`,
    selectColumn: '選択',
    selectSeat: (who: string): string => `${who}を選択`,
    columnsButton: '表示列',
    columnsShown: '表示する列',
    showAllColumns: 'すべての列を表示',
    suspendedTag: '停止中',
    idleForDays: (n: number): string => `休眠 · ${days(n)}`,
    idleNeverSignedIn: '休眠 · サインインなし',
    apiOnlyTag: 'APIのみ？',
  },

  summary: {
    summaryLabel: 'シートの概要',
    seats: 'シート（エージェントと管理者）',
    paidSeats: '有料シート',
    paidSeatsHint:
      '管理者、請求管理者、エージェント、カスタムロールのエージェント、チャット専用エージェント。ライトエージェント、コントリビューター、共有エージェントは含みません',
    idleSeats: '休眠の可能性がある有料シート',
    idleSeatsHint: (idleDays: number): string =>
      plural(idleDays, { other: '猶予期間を過ぎても一度もサインインしていない有料シート、または#日間サインインもチケット対応もない有料シート' }),
    judgedOnSignInOnly: 'サインインのみで判定',
    suspendedAgents: '停止中のエージェント',
    suspendedAgentsHint: '停止中のエージェントも、エンドユーザーにダウングレードされるまで有料シートを使用し続けます',
    idleCostMonthly: '休眠シートの月額費用',
    suspendedCostMonthly: '停止中シートの月額費用',
    unassignedCostMonthly: '未割り当てシートの月額費用',
    costYearly: (amount: string): string => `年額${amount}`,
    seatsPurchased: '購入済みシート',
    paidSeatsAssigned: '割り当て済みの有料シート',
    assignedSuspended: (count: number): string => plural(count, { other: 'うち#件は停止中' }),
    unassignedSeats: '未割り当てのシート',
    moreAssignedThanPurchased: (count: number): string => plural(count, { other: '購入数より#件多く割り当て済み' }),
    everySeatAssigned: '購入したシートはすべて割り当て済み',
    unassignedHeldByNobody: '購入済みで、誰も使用していません',
    billingNote:
      'Zendeskは購入済みのシートに対して請求します。シートを解放しても、アカウントオーナーが管理センターでシート数を減らさない限り請求額は下がりません。',
    compositionLabel: 'シートの構成',
    compositionActivePaid: '有料（アクティブ）',
    compositionIdlePaid: '有料（休眠）',
    compositionSuspended: '停止中（有料シートを使用）',
    compositionLightOrContributor: 'ライトエージェントとコントリビューター',
    compositionShared: '共有',
    compositionPart: (part: string, count: number): string => `${part}：${num(count)}`,
    suspendedShown: (count: number): string =>
      plural(count, {
        other: '停止中のエージェント#人を表示しています。いずれもエンドユーザーにダウングレードされるまで有料シートを使用し続けます。',
      }),
    suspendedHidden: (count: number): string =>
      plural(count, {
        other: '停止中のエージェント#人を非表示にしています。いずれもエンドユーザーにダウングレードされるまで有料シートを使用し続けます。',
      }),
    showSuspended: '停止中のエージェントを表示',
    figureLoading: '読み込み中',
    seatsWithoutSuspended: (count: number): string => plural(count, { other: '停止中のエージェント#人を除く' }),
    suspendedHoldingPaid: (count: number): string => plural(count, { other: 'うち#人が有料シートを使用' }),
  },

  progress: {
    loadingSeats: 'シートを読み込み中',
    seatsLoaded: (loaded: number): string => plural(loaded, { other: '#件のシートを読み込みました…' }),
    seatsLoadedOfAbout: (loaded: number, expected: number): string => plural(loaded, { other: `約${num(expected)}件中#件のシートを読み込みました…` }),

    rosterPartlyLoaded: (read: number, expected: number): string =>
      plural(expected, { other: `#件中${num(read)}件のシートを読み込みました。残りは読み取れませんでした` }),
    rosterLoadedRestUnread: (read: number): string => plural(read, { other: '#件のシートを読み込みました。残りは読み取れませんでした' }),
    rosterCountDisagrees: (expected: number, read: number): string =>
      `Zendeskが数えたレコードは${num(expected)}件でしたが、読み直してもページに含まれていたのは${num(read)}件でした。`,
    rosterFiguresLeaveOut: '以下の数値にはそれらのシートが含まれていません。スナップショットを完全なものとして送信することはできません。',
    loadAgain: '再度読み込む',

    countingTicketEvents: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `Zendeskのチケットイベントエクスポートから、過去${days(idleDays)}間のチケットの更新とコメントを集計しています：${requests(count)}` +
      `（検索カウントでは${requests(alternative)}が必要）、1分あたり最大${num(perMinute)}件。`,
    countingTicketEventsUpTo: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `Zendeskのチケットイベントエクスポートから、過去${days(idleDays)}間のチケットの更新とコメントを集計しています：${requests(count)}` +
      `（検索カウントでは最大${requests(alternative)}が必要）、1分あたり最大${num(perMinute)}件。`,
    countingSearch: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `Zendeskの検索で、各有料シートが過去${days(idleDays)}間にコメントしたチケットを集計しています：${requests(count)}` +
      `（チケットイベントエクスポートでは約${requests(alternative)}が必要）、1分あたり最大${num(perMinute)}件。`,
    sizingActivity: '集計するチケットアクティビティの量を見積もっています…',
    resumingExport: (from: string): string =>
      `前回のレビューで保存した件数を更新しています：Zendeskのチケットイベントエクスポートを${from}から再開します。`,
    loadingInteractions: 'チケット対応を読み込み中',
    requestsDone: (done: number, total: number): string => plural(total, { other: `リクエスト#件中${num(done)}件` }),
    cancel: 'キャンセル',
    sessionsUnread: (reason: string): string => `最終アクセスは不明です：セッションを読み取れませんでした（${reason}）。`,
    countsNotKept:
      'このブラウザでは、チケット対応の件数を次回のレビュー用に保存できませんでした（ストレージが満杯か、ブロックされています）。次回のレビューでは期間全体を集計し直します。',
    interactionsCancelled: 'チケット対応は集計されていません（キャンセル済み）',
    interactionsFailed: 'チケット対応を集計できませんでした',
    interactionsUnknown: '対応件数は不明と表示され、休眠の判定はサインインのみに基づきます。',
    countAgain: '再度集計する',
    waitRateLimited: (seconds: number): string => `Zendeskのレート制限に達したため、${num(seconds)}秒待つよう求められました`,
    waitServerError: (status: number): string => `Zendeskでサーバーエラーが発生しました（${status}）`,
    waitNoAnswer: 'Zendeskから応答がありません',
    resumingIn: (seconds: number): string => (seconds > 0 ? `：${num(seconds)}秒後に再開します。` : '：再開しています…'),
    retryingIn: (seconds: number): string => (seconds > 0 ? `：${num(seconds)}秒後に再試行します。` : '：再試行しています…'),
    timeLeftSeconds: (seconds: number): string => `残り約${num(seconds)}秒`,
    timeLeftMinutesSeconds: (minutes: number, seconds: number): string => `残り約${num(minutes)}分${num(seconds)}秒`,
    timeLeftHoursMinutes: (hours: number, minutes: number): string => `残り約${num(hours)}時間${num(minutes)}分`,
    timeLeftUnderAMinute: '残り1分未満',
  },

  errors: {
    aboutSeconds: (n: number): string => plural(n, { other: '約#秒' }),
    aboutMinutes: (n: number): string => plural(n, { other: '約#分' }),
    aboutHours: (n: number): string => plural(n, { other: '約#時間' }),
    aboutDays: (n: number): string => plural(n, { other: '約#日' }),

    networkFailed: (service: string, attempts: number): string =>
      `${after(attempts)}${service}に接続できませんでした（ネットワークエラーまたは応答なし）。`,
    zendeskUnauthenticated: 'Zendeskがこのセッションを認証できませんでした。サインインし直してから、Seat Reviewを開き直してください。',
    credentialsRefused: (service: string, detail: string): string => `${service}が認証情報を拒否しました（401）${said(detail)}`,
    accessRefused: (service: string, detail: string): string => `${service}がアクセスを拒否しました（403）${said(detail)}`,
    notFound: (service: string, url: string, detail: string): string => `${service}で${url}が見つかりませんでした（404）${said(detail)}`,
    requestRejected: (service: string, status: number, detail: string): string => `${service}がリクエストを拒否しました（${status}）${said(detail)}`,
    rateLimitStillExceeded: (service: string, attempts: number): string =>
      `${after(attempts)}${service}のレート制限を超えたままです。数分後にもう一度お試しください。`,
    waitRequested: (service: string): string => `${service}から、次のリクエストまで待機するようSeat Reviewに指示がありました。`,
    waitTooLong: (service: string, wait: string): string =>
      `${service}から、次のリクエストを送信する前に${wait}待機するようSeat Reviewに指示がありました（レート制限）。これはSeat Reviewがレビューを保持できる時間を超えています。` +
      '読み込んだ内容は保持されるので、後で読み込みを再開してください。',
    serverError: (service: string, status: number, attempts: number, detail: string): string =>
      `${after(attempts)}${service}でサーバーエラーが発生しました（${status}）${said(detail)}`,
    otherAnswer: (service: string, status: number, detail: string): string => `${service}から${status}が返されました${said(detail)}`,

    listTicketEvents: 'チケットイベントエクスポート',
    listSessions: 'サインインセッションの一覧',
    listSeats: 'シートの一覧',
    pagingRepeatedPage: (list: string, url: string): string =>
      `Zendeskの${list}のページ送りが、既に読み込んだページ（${url}）を指していました。` +
      `同じページを読み続けないようSeat Reviewはそこで停止したため、${list}は最後まで読み込まれていません。`,
    pagingOffHostLink: (list: string, url: string): string =>
      `Zendeskの${list}のページ送りが別のWebサイト（${url}）を指していました。Seat Reviewはそのリンクをたどらなかったため、${list}は最後まで読み込まれていません。`,
    pagingEndedEarly: (list: string, url: string): string =>
      `Zendeskの${list}のページ送りでは続きのページがあるとされていましたが、そのリンクがありませんでした（${url}）。` +
      `Seat Reviewはどこから続ければよいか判断できないため、${list}は最後まで読み込まれていません。`,
    pagingStalledExport: (list: string, url: string): string =>
      `Zendeskの${list}のページ送りで、時間が先に進まなくなりました（${url}）。` +
      `同じ期間を読み続けないようSeat Reviewはそこで停止したため、${list}は最後まで読み込まれていません。`,

    unreadableUsersPage: (url: string): string =>
      `Zendeskから送られてきた${url}のページをSeat Reviewが読み取れません（「users」リストがありません）。`,
    unreadableSessionsPage: (url: string): string => `Zendeskから送られてきたセッションのページをSeat Reviewが読み取れません（${url}）。`,
    unreadableTicketEventPage: (url: string): string => `Zendeskから送られてきたチケットイベントのページをSeat Reviewが読み取れません（${url}）。`,
    unreadableSearchCount: (url: string): string => `Zendeskから送られてきた検索カウントをSeat Reviewが読み取れません（${url}）。`,
    unreadableCustomRoles: (url: string): string => `Zendeskから送られてきたカスタムロールの一覧をSeat Reviewが読み取れません（${url}）。`,
    unreadableJobStatus: (url: string): string =>
      `Zendeskから送られてきたバックグラウンドジョブのステータスをSeat Reviewが読み取れません（${url}）。`,
    unreadableUser: (url: string): string => `Zendeskから送られてきた更新後のユーザーをSeat Reviewが読み取れません（${url}）。`,

    snapshotNotKept: 'このスナップショットはブラウザに保存するには大きすぎたため、再送信できません。新しいスナップショットを送信してください。',
    sendingStopped: (detail: string): string => `送信が予期せず停止しました：${detail}`,
  },

  settings: {
    settingProblemTitle: (setting: string): string => `アプリ設定「${setting}」を確認してください`,
    idleDaysOutOfRange: (max: number, value: string, fallback: number): string =>
      `休眠のしきい値は0～${num(max)}の整数（日数）で指定してください。「${value}」は無視され、${num(fallback)}が使用されました。`,
    graceDaysOutOfRange: (max: number, value: string, fallback: number): string =>
      `新しいシートの猶予期間は0～${num(max)}の整数（日数）で指定してください。「${value}」は無視され、${num(fallback)}が使用されました。`,
    priceNotANumber: (value: string): string =>
      `有料シート1件あたりの月額料金は、55や55.50のような数値で指定してください。「${value}」は無視されたため、費用は表示されません。`,
    currencyUnknown: (value: string, fallback: string): string =>
      `シート料金の通貨は、USD、EUR、GBPのような3文字の通貨コードで指定してください。「${value}」は無視され、${fallback}が使用されました。`,
    seatsNotANumber: (max: number, value: string): string =>
      `購入済みシート数は0～${num(max)}の整数で指定してください。「${value}」は無視されたため、購入済みシートと未割り当てシートは表示されません。`,
    exemptEntriesIgnored: (count: number, examples: string): string =>
      plural(count, { other: `除外ユーザー：#件のエントリはメールアドレスでもユーザーIDでもないため、無視されました：${examples}。` }),
    destinationUnknown: (value: string, valid: string): string =>
      `使用状況スナップショットの送信先は${valid}のいずれかにしてください。「${value}」はどれにも当たらないため、修正されるまでスナップショットは送信されません。`,
    destinationIdInstance: (platform: string): string =>
      `${platform}には、スナップショットを受け取る連携インスタンスのIDが必要です。設定されるまでスナップショットは送信されません。`,
    destinationIdAppAccount: (platform: string): string =>
      `${platform}には、スナップショットを受け取るカスタム連携のアプリアカウントのIDが必要です。設定されるまでスナップショットは送信されません。`,
    destinationIdApp: (platform: string): string =>
      `${platform}には、スナップショットを受け取るアプリ（${platform}で一度作成）のIDが必要です。設定されるまでスナップショットは送信されません。`,
    quotedEntry: (entry: string): string => `「${entry}」`,
    moreEntries: (count: number): string => plural(count, { other: 'ほか#件' }),
  },

  app: {
    connecting: 'Zendeskに接続中',
    outsideZendeskTitle: 'ZendeskからSeat Reviewを開いてください',
    outsideZendesk: 'このページはZendeskアプリです。Zendesk Supportの左側のナビゲーションにあるSeat Reviewのアイコンから開いてください。',
    hostSilentTitle: 'Zendeskから応答がありません',
    hostSilent: (seconds: number): string =>
      plural(seconds, {
        other:
          'Zendeskにアプリが登録されるまで#秒待機しました。ページを再読み込みしてください。この問題が続く場合は、アプリを再インストールしてください。',
      }),
    startFailedTitle: 'Seat Reviewを開始できませんでした',
    refusedTitle: 'シートをレビューできるのは管理者のみです',
    refused: (name: string, role: string): string =>
      'Seat Reviewはすべてのエージェントのシートとサインイン履歴を表示するため、Zendeskの管理者のみが利用できます。' +
      `現在、${name}（${role}）としてサインインしています。シートのレビューが必要な場合は、このアカウントの管理者に依頼してください。`,
    someUser: '不明なユーザー',
    noRole: 'ロールなし',
  },

  snapshot: {
    title: 'SaaS Management',
    sendsTo: (schema: string, host: string): string =>
      `使用状況のスナップショット（${schema}）は、Zendeskのセキュアプロキシを経由して${host}に送信されます。`,
    downloadOnly: '使用状況のスナップショットは、アップロード用に引き続きダウンロードできます。',
    send: 'スナップショットを送信',
    sendWhenFinished: 'レビューの完了時にスナップショットを送信',
    willSendWhenFinished: 'レビューの完了時に送信します',
    dontSend: '送信しない',
    downloadJson: 'JSONをダウンロード',
    downloadCsv: 'CSVをダウンロード',
    sendsToPlatform: (platform: string, target: string): string =>
      `使用状況のスナップショットは、Zendeskのセキュアプロキシを経由して${platform}（${target}）に送信されます。`,
    zluriInstance: (id: string): string => `インスタンス${id}`,
    toriiAppAccount: (id: string): string => `アプリアカウント${id}`,
    lumosApp: (id: string): string => `アプリ${id}`,
    sendTo: (platform: string): string => `${platform}に送信`,
    sendToWhenFinished: (platform: string): string => `レビューの完了時に${platform}に送信`,
    downloadFlexera: 'Flexera用にダウンロード（JSON Lines、gzip）',
    downloadZylo: 'Zylo用にダウンロード（CSV）',
    flexeraNotGzipped:
      'このブラウザはファイルを圧縮できないため、Flexera用ファイルを圧縮せずに保存しました（.jsonl）。Flexera Oneにアップロードする前にgzipで圧縮してください。',
    flexeraTooLarge: (size: string, limit: string): string =>
      `Flexera用ファイルは${size}で、Flexera Oneの1ファイルあたりの上限${limit}を超えています。分割し、各部分を増分ロードとしてアップロードしてください（フルロードはファイルにないユーザーを無効にします）。`,
    historyButton: (count: number): string => `履歴（${num(count)}）`,
    queuedNote: 'セッションとチケット対応の読み込みが完了（またはキャンセル）し次第、スナップショットを送信します。',
    waitsNote:
      'セッションとチケット対応はまだ読み込み中です。今送信するスナップショットはその完了を待つため、各シートの判定が何に基づいているかが記録されます。',
    unwritableDates: (n: number): string =>
      plural(n, { other: 'Zendeskの日付#件が、スナップショットで扱える0000～9999年の範囲外だったため、不明（null）として書き込みました。' }),
    sendingLabel: 'スナップショットを送信中',
    sendingPart: (index: number, count: number): string => `パート${num(index)}/${num(count)}を送信中…`,
    sending: '送信中…',

    waitRateLimited: (seconds: number): string => `SaaS Managementから送信の速度を落とすよう求められました：${num(seconds)}秒後に再試行します。`,
    waitServerError: (status: number, seconds: number): string =>
      `SaaS Managementでサーバーエラーが発生しました（${status}）：${num(seconds)}秒後に再試行します。`,
    waitSyncBusy: (platform: string, seconds: number): string => `${platform}が別の同期を実行中です（409）：${num(seconds)}秒後に再試行します。`,
    waitNoAnswer: (seconds: number): string => `SaaS Managementから応答がありません：${num(seconds)}秒後に再試行します。`,

    pendingTitle: (accepted: number, count: number): string =>
      plural(count, { other: `スナップショットはまだ送信されていません：#パート中${num(accepted)}パートが受理されました` }),
    refusedTitle: (accepted: number, count: number): string =>
      plural(count, { other: `SaaS Managementがスナップショットを拒否しました：#パート中${num(accepted)}パートが受理されました` }),
    interrupted: '送信が中断されました。',
    endpointChangedSince:
      'このスナップショットの開始後に、SaaS Managementのエンドポイント設定が変更されました。「再試行」するとパート1から全体を新しいエンドポイントに送信します。不要な場合は「破棄」してください。',
    endpointChangedSinceAfter: (accepted: number): string =>
      plural(accepted, {
        other:
          'このスナップショットの開始後に、SaaS Managementのエンドポイント設定が変更されました（#パートは以前のエンドポイントに送信済み）。「再試行」するとパート1から全体を新しいエンドポイントに送信します。不要な場合は「破棄」してください。',
      }),
    keptNotPersistent:
      'このブラウザではZendeskアプリがデータを保存できない（サードパーティのストレージがブロックされている）ため、Seat Reviewを開いている間だけ保持されます。',
    keptNoRoom: 'Seat Reviewを開いている間だけ保持されます：このブラウザに保存する空き容量がありませんでした。',
    keptEndpointChanged: '「再試行」または「破棄」するまで、このブラウザに保持されます（トークンは除く）。',
    keptRefused: 'このブラウザに保持されています（トークンは除く）：原因を解決してから「再試行」してください。',
    keptResent: 'このブラウザに保持されており（トークンは除く）、次回Seat Reviewを開いたとき、または今「再試行」したときに再送信されます。',
    retry: '再試行',
    discard: '破棄',

    // `result` is the marker the panel splits on to colour the result: it appears exactly once.
    lastPush: (when: string, accepted: number, count: number, result: string): string =>
      plural(count, { other: `前回の送信（${when}）：#パート中${num(accepted)}パートが受理され、結果は${result}。` }),
    lastPushSent: '送信済み',
    lastPushRefused: '拒否',
    lastPushUnfinished: '未完了',

    endpointMissing: (setting: string): string =>
      `スナップショットを送信するには、アプリ設定「${setting}」（SaaS ManagementのエンドポイントURL）を設定してください。`,
    endpointPlaceholder: (setting: string, value: string): string =>
      `アプリ設定「${setting}」（SaaS ManagementのエンドポイントURL）にプレースホルダを含めることはできません：「${value}」。`,
    endpointNotUrl: (setting: string, value: string): string =>
      `アプリ設定「${setting}」（SaaS ManagementのエンドポイントURL）が有効な絶対URLではありません：「${value}」。`,
    endpointCredentials: (setting: string, tokenSetting: string): string =>
      `アプリ設定「${setting}」（SaaS ManagementのエンドポイントURL）にユーザー名やパスワードを含めることはできません。トークンは「${tokenSetting}」設定から送信されます。`,
    endpointNotHttps: (setting: string, got: string): string =>
      `アプリ設定「${setting}」（SaaS ManagementのエンドポイントURL）はhttps://で始まるアドレスである必要があります（指定値：「${got}」）。`,
    endpointNotWhitelisted: (setting: string, host: string, hosts: string): string =>
      `アプリ設定「${setting}」（SaaS ManagementのエンドポイントURL）のホスト「${host}」が、アプリのドメインホワイトリスト（${hosts}）にありません。Zendeskはホワイトリストに登録されたホストにのみトークンを送信します。「npm run package -- --saas-domain ${host}」でアプリをパッケージ化し、アプリをアップデートしてください。`,
    endpointNotWhitelistedEmpty: (setting: string, host: string): string =>
      `アプリ設定「${setting}」（SaaS ManagementのエンドポイントURL）のホスト「${host}」が、アプリのドメインホワイトリスト（ホストなし）にありません。Zendeskはホワイトリストに登録されたホストにのみトークンを送信します。「npm run package -- --saas-domain ${host}」でアプリをパッケージ化し、アプリをアップデートしてください。`,

    tooLarge: (partUsers: number, minUsers: number): string =>
      `SaaS Managementが${users(partUsers)}のパートを大きすぎるとして拒否しました（413）。最小のパートサイズ（${users(minUsers)}）でも同様でした。受信側のリクエストサイズの上限を引き上げてください。`,
    tokenRefusedSaying: (detail: string, tokenSetting: string): string =>
      `SaaS Managementがトークンを受け付けませんでした（401）：${detail}。アプリ設定「${tokenSetting}」と、そのスコープでヘッダーが許可されていることを確認してください。`,
    tokenRefused: (tokenSetting: string): string =>
      `SaaS Managementがトークンを受け付けませんでした（401）。アプリ設定「${tokenSetting}」と、そのスコープでヘッダーが許可されていることを確認してください。`,

    restartEndpointChanged:
      'SaaS Managementのエンドポイント設定が変更されたため、スナップショット全体をパート1から新しいエンドポイントに送信し直しました。',
    restartEndpointChangedAfter: (acceptedBefore: number): string =>
      plural(acceptedBefore, {
        other:
          '以前のエンドポイントが#パートを受理した後にSaaS Managementのエンドポイント設定が変更されたため、スナップショット全体をパート1から新しいエンドポイントに送信し直しました。',
      }),
    restartSyncGone: (acceptedBefore: number): string =>
      plural(acceptedBefore, {
        other:
          'このスナップショットの送信先だったZluriの同期は、#ページが受け付けられた後に終了していました。新しい同期を開始し、すべてのページを1ページ目から送信し直しました。',
      }),
    restartSplit: (perPart: number): string =>
      `SaaS Managementがパートを大きすぎるとして拒否しました（413）：スナップショットを最大${users(perPart)}ずつのパートに分割し、新しいスナップショットIDでパート1から送信し直しました。`,

    notKeptSent: 'このブラウザではスナップショットを保存できませんでしたが、送信は完了しています。',
    notKeptPending:
      'このブラウザではスナップショットを保存できませんでした：再読み込みすると失われます。Seat Reviewを開いている間に再試行するか、ダウンロードしてください。',
    historyNotKept: 'このブラウザではスナップショットの履歴を保存できませんでした：ここに表示されている内容は、再読み込みすると失われます。',

    refusedRosterLoading: 'すべてのシートの読み込みが完了すると送信できます。',
    refusedRosterFailed:
      '未送信：すべてのシートを読み込む前に読み込みが停止したため、スナップショットに含まれないシートが出てしまいます。読み込みを再開してから送信してください。',
    refusedRosterIncomplete:
      '未送信：Zendeskから返されたシートが集計数より少ないため、スナップショットに含まれないシートが出てしまいます。再読み込みしてから送信してください。',

    historyLabel: 'スナップショットの履歴',
    historyGenerated: '作成日時',
    historySeats: 'シート',
    historyIdlePaid: '有料（休眠）',
    historySuspended: '停止中',
    historyParts: 'パート',
    historyChange: '前回のスナップショットからの変化',
    historyStatus: 'ステータス',
    firstSnapshot: '最初のスナップショット',
    statusSending: '送信中',
    statusInterrupted: '中断',
    statusSent: '送信済み',
    statusPending: '保留中',
    statusRefused: '拒否',
    statusSuperseded: '未送信（置き換え済み）',

    changeNewIdle: (n: number): string => plural(n, { other: '新たに休眠したシート#件' }),
    changeNoLongerIdle: (n: number): string => plural(n, { other: '休眠ではなくなったシート#件' }),
    changeAdded: (n: number): string => plural(n, { other: '追加されたシート#件' }),
    changeGone: (n: number): string => plural(n, { other: 'なくなったシート#件' }),
    changeSuspended: (n: number): string => plural(n, { other: '新たに停止されたシート#件' }),
    changeUnsuspended: (n: number): string => plural(n, { other: '停止が解除されたシート#件' }),
    noChange: '変化なし',
    syncBusy: (platform: string, tries: number): string =>
      plural(tries, {
        other: `${platform}は#回試行しても別の同期を実行中だったため（409）、新たに同期されたものはありません。完了してから「再試行」してください。`,
      }),
    noSyncId: (platform: string, setting: string): string =>
      `${platform}が開始した同期のIDを返さなかったため、何も同期されませんでした。再試行し、再び起きる場合はアプリ設定「${setting}」を確認してください。`,
    noFileId: (platform: string): string =>
      `${platform}がアップロードにファイルIDを返さなかったため、何も同期されませんでした。後でもう一度お試しください。`,
    syncFailed: (platform: string): string =>
      `${platform}はすべてのページを受け付けた後、同期の失敗を報告しました。${platform}で同期の理由を確認してから「再試行」してください。`,
    destinationNotWhitelisted: (platform: string, host: string, name: string): string =>
      `${platform}がスナップショットを受け付ける「${host}」がアプリのドメインホワイトリストにありません。Zendeskはホワイトリストのホストにのみトークンを送信します。「npm run package -- --destination ${name}」でアプリをパッケージ化して更新してください。`,
    toriiFileTooLarge: (size: string, limit: string): string =>
      `何も送信されませんでした：シートをまとめたTorii用ファイルは${size}で、ZendeskのプロキシからToriiが1回のアップロードで受け付ける${limit}を超えています。より大きな一覧を受け付けるZluriかLumosに送信してください。`,
  },

  release: {
    // ---- the preview ----
    userById: (id: number): string => `ユーザー ${id}`,
    previewTitleNamed: (name: string): string => `${name}を解放`,
    previewTitle: (count: number): string => plural(count, { other: '#件のシートを解放' }),
    confirm: (count: number): string => plural(count, { other: '#件のシートを解放' }),
    typeToConfirm: (count: number): string => `確認のため「${count}」と入力してください`,
    targetLegend: '変更後のロール',
    targetEndUser: 'エンドユーザー',
    targetLightAgent: 'ライトエージェント',
    targetLightAgentNamed: (role: string): string => `ライトエージェント（${role}）`,
    endUserHint: 'エージェントシートが解放されます。ユーザーのプロフィールと、そのユーザーがリクエストしたチケットは残ります。',
    lightAgentHint: 'エージェントシートが解放されます。ユーザーは引き続きチケットを表示し、社内メモを追加できます。',
    lightAgentChecking: 'アカウントにライトエージェントのロールがあるかを確認しています…',
    lightAgentRolesFailed: 'ライトエージェントは選択できません：アカウントのカスタムロールを読み取れませんでした。',
    lightAgentNone: 'ライトエージェントは選択できません：アカウントにライトエージェントのロールがありません。',
    ticketFateEndUser:
      'Zendeskは、各シートの終了していないチケットを、変更を行う管理者であるあなたに再割り当てします（あなたがチケットのグループに所属していない場合は、そのグループの別のエージェントに再割り当てします）。終了済みのチケットの担当者は変わりません。ユーザーはグループから外されます。',
    ticketFateLightAgent: 'Zendeskは、各シートの解決済みチケットを再割り当てし、解決されていないその他のチケットの割り当てを解除します。',
    openTicketsCounting: '集計中…',
    openTicketsUnknown: '不明',
    seatTicketsNone: '移動するチケットなし',
    seatTicketsAnyReassigned: '未解決のチケットがあればあなたに再割り当て',
    seatTicketsAnyUnassigned: '未解決のチケットがあれば割り当てを解除',
    seatTicketsReassigned: (count: number): string => plural(count, { other: 'あなたに再割り当て' }),
    seatTicketsUnassigned: (count: number): string => plural(count, { other: '割り当てを解除' }),
    previewSeat: 'シート',
    previewWhy: '休眠と判断した理由',
    previewTickets: '割り当て済みの未解決チケット',
    previewFate: 'Zendeskの処理',
    noIdleReason: '休眠とは判定されていません',
    warningIntegrations: 'ユーザーが承認した連携（OAuthの許可、APIトークン）が動作しなくなる可能性があります。',
    warningMacros: 'ユーザーの個人用マクロとビューがどうなるかは、Zendeskのドキュメントに記載されていません。',
    warningBill: 'アカウントオーナーが管理センターでシート数を減らすまで、請求額は下がりません。',
    countingFailed: (problem: string): string => `未解決チケットの集計が停止しました：${problem}`,
    rolesFailed: (problem: string): string => `アカウントのカスタムロールを読み取れませんでした：${problem}`,
    flaggedAdmin: (name: string): string => `${name}は管理者です。それでも${name}を解放しますか？`,
    flaggedExempt: (name: string): string => `${name}は除外リストに含まれています。それでも${name}を解放しますか？`,
    anywayNamed: (name: string): string => `それでも${name}を解放`,
    anyway: (count: number): string => plural(count, { other: 'それでも#件のシートを解放' }),
    cancel: 'キャンセル',
    back: '戻る',
    closeDialog: '閉じる',

    // ---- progress ----
    releasing: (done: number, total: number): string => plural(total, { other: `#件中${num(done)}件のシートを解放中` }),
    restoring: (done: number, total: number): string => plural(total, { other: `#件中${num(done)}件のシートを復元中` }),
    etaEstimating: '残り時間を見積もっています…',
    etaAlmostDone: 'まもなく完了',
    etaSeconds: (n: number): string => plural(n, { other: '残り約#秒' }),
    etaMinutes: (n: number): string => plural(n, { other: '残り約#分' }),
    etaHours: (n: number): string => plural(n, { other: '残り約#時間' }),
    etaDays: (n: number): string => plural(n, { other: '残り約#日' }),
    waitJobSlot: 'いずれかのジョブが完了するのを待っています（Zendeskが同時に実行するジョブは最大30件です）。',
    waitTooManyJobs: 'Zendeskのジョブ数の上限に達しました。ジョブの完了を待っています。',
    waitRateLimited: 'Zendeskから速度を落とすよう求められました（レート制限）。次のリクエストまで待機しています。',
    waitServerError: 'Zendeskでサーバーエラーが発生しました。まもなく再試行します。',
    waitNetworkError: 'Zendeskから応答がありません。まもなく再試行します。',
    jobsInFlight: (n: number): string => plural(n, { other: '実行中のジョブ#件' }),
    cancelRun: 'キャンセル',
    cancelling: 'キャンセル中：新しいジョブは送信しません。送信済みのジョブは最後まで実行されます。',

    // ---- the report ----
    outcomeReleased: '解放済み',
    outcomeRefused: '拒否',
    outcomeUnknown: '不明',
    outcomeNotAttempted: '未実行',
    outcomePending: '保留中',
    refusedOwner: 'アカウントオーナーはダウングレードできません',
    refusedOwnerSaying: (detail: string): string => `アカウントオーナーはダウングレードできません（Zendesk：${detail}）`,
    refusedChange: 'Zendeskが変更を拒否しました',
    refusedChangeSaying: (detail: string): string => `Zendeskが変更を拒否しました：${detail}`,
    refusedForbidden: 'Zendeskが変更を許可しませんでした（ロールを変更できるのは管理者のみです）',
    refusedForbiddenSaying: (detail: string): string => `Zendeskが変更を許可しませんでした（ロールを変更できるのは管理者のみです）：${detail}`,
    refusedNotFound: 'このユーザーはZendeskにもう存在しません',
    refusedNotFoundSaying: (detail: string): string => `このユーザーはZendeskにもう存在しません：${detail}`,
    refusedJobFailed: 'Zendeskのバックグラウンドジョブが失敗しました',
    refusedJobFailedSaying: (detail: string): string => `Zendeskのバックグラウンドジョブが失敗しました：${detail}`,
    closedBeforeAnswer: '不明：Zendeskの応答を受け取る前にアプリが閉じられました',
    answerUnreadable: (problem: string): string => `Zendeskの応答を読み取れませんでした：${problem}`,
    cancelledBeforeSent: '送信前にキャンセルされました',
    restored: '復元済み',
    restoreRefused: (reason: string): string => `復元が拒否されました：${reason}`,
    restoreUnknown: (problem: string): string => `復元の結果は不明です：${problem}`,
    restoreNotSent: (problem: string): string => `復元は送信されませんでした：${problem}`,
    restoreCancelled: '復元は送信前にキャンセルされました',
    countReleased: (n: number): string => plural(n, { other: '解放済み#件' }),
    countRefused: (n: number): string => plural(n, { other: '拒否#件' }),
    countUnknown: (n: number): string => plural(n, { other: '不明#件' }),
    countNotAttempted: (n: number): string => plural(n, { other: '未実行#件' }),
    countPending: (n: number): string => plural(n, { other: '保留中#件' }),
    countRestored: (n: number): string => plural(n, { other: '復元済み#件' }),
    reportToEndUser: (when: string, count: number): string => plural(count, { other: `${when}：#件のシートをエンドユーザーに変更` }),
    reportToLightAgent: (when: string, count: number): string => plural(count, { other: `${when}：#件のシートをライトエージェントに変更` }),
    reportToEndUserCancelled: (when: string, count: number): string =>
      plural(count, { other: `${when}：#件のシートをエンドユーザーに変更（キャンセル済み）` }),
    reportToLightAgentCancelled: (when: string, count: number): string =>
      plural(count, { other: `${when}：#件のシートをライトエージェントに変更（キャンセル済み）` }),
    reportHeading: '解放レポート',
    historyHeading: '解放履歴',
    historyToggle: (count: number): string => `解放履歴（${num(count)}）`,
    reportSeat: 'シート',
    reportOutcome: '結果',
    reportTickets: '未解決チケット',
    reportBefore: '以前のロール',
    reportRestore: '復元',
    restore: '復元',
    restoreAll: (count: number): string => `解放したシートをすべて復元（${num(count)}）`,
    download: 'CSVをダウンロード',
    closeReport: '閉じる',
    releaseThisSeat: 'このシートを解放',
    notRestored:
      '復元すると、シートのロールとカスタムロールが元に戻ります。チケットの割り当てとグループのメンバーシップはZendeskでは復元されないため、チケットを再割り当てし、エージェントを手動でグループに追加し直してください。',
    notKept: 'このレポートをこのブラウザに保存できませんでした。今すぐダウンロードしてください。Seat Reviewを閉じると失われます。',

    // ---- money ----
    bill: (released: number): string =>
      plural(released, {
        other:
          'アカウントオーナーが管理センターでサブスクリプションのシート数を減らすまで（通常は次の請求サイクルから）、Zendeskは解放した#件のシートへの請求を続けます。シート数は最大#件減らせます。',
      }),
    saving: (released: number, seatPrice: number): string =>
      `シート1件あたり${money(seatPrice)}の場合、${num(released)}件減らすと月額${money(released * seatPrice)}の節約になります。`,

    // ---- idle reasons as a report keeps them ----
    keptNeverSignedIn: '一度もサインインしていない',
    keptApiOnlySignIn: 'APIのみのサインイン？',
    keptNoSignIn: (days: number): string => plural(days, { other: '#日以上サインインなし' }),
    keptNoInteractions: (days: number): string => plural(days, { other: '#日間チケット対応なし' }),

    // ---- the report's CSV: column headers ----
    csvUserId: 'ユーザーID',
    csvName: '名前',
    csvEmail: 'メール',
    csvOutcome: '結果',
    csvReason: '理由',
    csvIdleReasons: '休眠と判断した理由',
    csvOpenTickets: '未解決チケット',
    csvPreviousRole: '以前のロール',
    csvRestore: '復元',
  },
  history: {
    title: 'シートの履歴',
    keptInZendesk: 'Zendeskに保存：すべての管理者が同じ履歴を見られます。',
    loading: 'シートの履歴を読み込んでいます…',
    empty: 'まだレビューが記録されていません。今回のレビューが履歴の最初の日になります。',
    fallbackTitle: '履歴はこのブラウザにのみ保存されています',
    fallbackPlan:
      'ご利用のZendeskプランにはアプリのカスタムオブジェクトを作成する余地がないため、他の管理者や他のブラウザではこの履歴を見られません。カスタムオブジェクトを使えるプランではZendeskに保存されます。',
    fallbackNotInstalled:
      'Seat Reviewがカスタムオブジェクト（Seat Review day）なしでインストールされたため、他の管理者や他のブラウザではこの履歴を見られません。Zendeskに保存するには、アプリを再インストールしてください。',
    fallbackUnreadable:
      'Zendeskの履歴を今は読み込めませんでした。このブラウザのコピーを表示しています。次にSeat Reviewを開いたときに再度読み込みます。',
    writeProblem: (reason: string): string => `今日のレビューを履歴に追加できませんでした：${reason}`,
    lastSnapshotLabel: '前回のスナップショット：',
    snapshotSent: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, { other: `送信済み：${when}（${kind}）、#パート中${num(accepted)}パートが受理されました` }),
    snapshotPartial: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, { other: `一部送信：${when}（${kind}）、#パート中${num(accepted)}パートが受理されました` }),
    snapshotFailed: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, { other: `送信中断：${when}（${kind}）、#パート中${num(accepted)}パートが受理されました` }),
    snapshotRejected: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, { other: `SaaS Managementが拒否：${when}（${kind}）、#パート中${num(accepted)}パートが受理されました` }),
    snapshotNotConfigured: (when: string, kind: string): string =>
      `レビュー済み：${when}（${kind}）。SaaS Managementのエンドポイントが設定されていないため送信していません`,
    runManual: '手動',
    runUnattended: '自動',
    runUnknown: '実行方法の記録なし',
    ranBy: (name: string): string => `実行者：${name}`,
    noSnapshot: 'まだスナップショットは記録されていません。',
    changeSince: (day: string, changes: string): string => `前回のレビュー（${day}）以降：${changes}`,
    changePaid: (n: number, change: string): string => plural(n, { other: `有料シート ${change}` }),
    changeIdle: (n: number, change: string): string => plural(n, { other: `休眠の可能性 ${change}` }),
    changeSuspended: (n: number, change: string): string => plural(n, { other: `停止中 ${change}` }),
    changeCost: (amount: string): string => `月額 ${amount}`,
    seriesPaid: '有料シート',
    seriesIdle: '休眠の可能性あり',
    seriesSuspended: '停止中',
    seriesCost: '休眠・停止中シートの月額費用',
    noReviewThatDay: 'レビューのなかった日',
    chartRange: (days: number, from: string, to: string, reviewed: number): string =>
      plural(days, { other: `${from}〜${to}の#日間のシート：レビュー済み${num(reviewed)}日、レビューなし${num(days - reviewed)}日。` }),
    chartLatest: (day: string, paid: number, idle: number, suspended: number): string =>
      `最新（${day}）：有料${num(paid)}、休眠の可能性${num(idle)}、停止中${num(suspended)}。`,
    costLatest: (day: string, amount: string): string => `${day}時点の休眠・停止中シートの月額費用は${amount}です。`,
    showTable: '表で表示',
    tableLabel: '日別のシート履歴',
    reviewedDays: (reviewed: number, days: number): string => plural(days, { other: `直近#日のうち${num(reviewed)}日をレビュー済み` }),
    columnDay: '日付',
    columnPaid: '有料',
    columnIdle: '休眠の可能性',
    columnSuspended: '停止中',
    columnCost: '月額費用',
    columnSnapshot: 'スナップショット',
    columnRun: '実行者',
    statusSent: '送信済み',
    statusPartial: '一部送信',
    statusFailed: '中断',
    statusRejected: '拒否',
    statusNotConfigured: '未送信（エンドポイントなし）',
    none: '—',
  },
} satisfies LocaleCatalogue;
