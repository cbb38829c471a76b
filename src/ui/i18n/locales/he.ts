/**
 * עברית (Hebrew): the admin's language, laid over English (see ../messages.ts). Right to left;
 * plurals by Hebrew's CLDR forms (one, two, other), with the dual where Hebrew has one (יומיים, שעתיים).
 * Zendesk's Hebrew terms: נציג, נציג קל, משתמש קצה, מנהל מערכת, פנייה, מרכז הניהול; a seat is a רישיון.
 */
import type { LocaleCatalogue } from '../catalogue';
import { money, num, plural } from '../format';

/** A span of days: "יום אחד", "יומיים", "5 ימים". */
const dayCount = (n: number): string => plural(n, { one: 'יום אחד', two: 'יומיים', other: '# ימים' });
/** Days ago, after "לפני": "לפני יום", "לפני יומיים", "לפני 5 ימים". */
const daysBack = (n: number): string => plural(n, { one: 'יום', two: 'יומיים', other: '# ימים' });
/** The last days as a time frame: "ביום האחרון", "ב-30 הימים האחרונים". */
const lastDays = (n: number): string => plural(n, { one: 'ביום האחרון', two: 'ביומיים האחרונים', other: 'ב-# הימים האחרונים' });
const requests = (n: number): string => plural(n, { one: 'בקשה אחת', other: '# בקשות' });
/** About that many requests: "כבקשה אחת", "כ-40 בקשות". */
const aboutRequests = (n: number): string => plural(n, { one: 'כבקשה אחת', other: 'כ-# בקשות' });
const users = (n: number): string => plural(n, { one: 'משתמש אחד', other: '# משתמשים' });
/** Seconds as a short unit, like English's "s": no plural to agree with. */
const seconds = (n: number): string => `${num(n)} שנ׳`;

/** ": what the service said" when it said something, else the sentence's full stop. */
const said = (detail: string): string => (detail ? `: ${detail}` : '.');
/** Nothing after a single attempt, " אחרי 6 ניסיונות" after several. */
const after = (attempts: number): string =>
  attempts === 1 ? '' : plural(attempts, { one: ' אחרי ניסיון אחד', two: ' אחרי שני ניסיונות', other: ' אחרי # ניסיונות' });

/** The SaaS Management endpoint setting, named inside the endpoint sentences. */
const endpointSetting = (setting: string): string => `הגדרת האפליקציה "${setting}" (כתובת ה-URL של נקודת הקצה של SaaS Management)`;

export default {
  seats: {
    classPaid: 'רישיון נציג בתשלום',
    classLight: 'נציג קל',
    classContributor: 'תורם',
    classChatOnly: 'נציג צ׳אט בלבד',
    classShared: 'נציג משותף',
    ruleShared: 'נציג משותף עובד בחשבון Zendesk אחר באמצעות שיתוף פניות, ואינו תופס רישיון בחשבון הזה.',
    ruleLight: 'נציגים קלים אינם תופסים רישיון בתשלום (הם נספרים במכסת הנציגים הקלים של התוכנית).',
    ruleContributor: 'תורמים (נציגי צ׳אט שנוספו ל-Support כתורמים) אינם תופסים רישיון Support בתשלום.',
    ruleChatOnly: 'נציג צ׳אט בלבד הוא נציג ב-Zendesk Chat, והוא תופס רישיון נציג בתשלום.',
    rulePaid: 'מנהלי מערכת, מנהלי חיוב, נציגים ונציגים בתפקיד מותאם אישית תופסים כל אחד רישיון נציג בתשלום.',
    heldWhileSuspended: 'גם כשהוא מושעה, הוא ממשיך לתפוס את הרישיון עד שתפקידו ישונה למשתמש קצה.',
    doubtLightOtherRoles: 'נציג קל שהוא גם נציג צ׳אט, מנהל Guide או עורך/מנהל Explore כן תופס רישיון; ה-API של Support אינו מציג את התפקידים האלה.',
    doubtContributorExplore: 'תורם שהוא גם עורך/מנהל Explore כן תופס רישיון; ה-API של Support אינו מציג את התפקיד הזה.',
    doubtChatActivity: 'פעילות בצ׳אט אינה גלויה דרך ה-API של Support: ייתכן שהכניסות והפעולות בפניות משקפות אותה בחסר.',
    doubtUnknownRoleType: (roleType: number): string =>
      `סוג תפקיד לא ידוע ${roleType}: נספר כרישיון בתשלום, כי כל נציג תופס רישיון אלא אם Zendesk מציין אחרת.`,
    neverSignedInUnknownCreated: 'מעולם לא נכנס (תאריך היצירה לא ידוע)',
    neverSignedIn: (createdDaysAgo: number): string => `מעולם לא נכנס; הרישיון נוצר לפני ${daysBack(createdDaysAgo)}`,
    apiOnlySignIn: 'כניסה דרך API בלבד? נכנס לאחרונה, אך אין הפעלה ואין פעולה בפניות',
    noInteractions: (idleDays: number): string => `אין פעולות בפניות במשך ${dayCount(idleDays)}`,
    noSignIn: (lastSignInDaysAgo: number, idleDays: number): string => `לא נכנס כבר ${dayCount(lastSignInDaysAgo)} (סף: ${idleDays})`,
  },

  columns: {
    columnName: 'שם',
    columnEmail: 'דוא״ל',
    columnCreated: 'נוצר',
    columnLastSignIn: 'כניסה אחרונה',
    columnIdle: 'חוסר פעילות',
    columnSeatClass: 'סוג רישיון',
    columnInteractions: 'פעולות בפניות',
    columnLastSeen: 'נראה לאחרונה (הפעלה)',
    columnRole: 'תפקיד',
    columnRoleType: 'סוג תפקיד',
    columnChatOnly: 'צ׳אט בלבד',
    columnModerator: 'מנחה',
    columnRestrictedAgent: 'נציג מוגבל',
    columnShared: 'משותף',
    columnSharedAgent: 'נציג משותף',
    columnTicketRestriction: 'הגבלת גישה לפניות',
    columnTwoFactorAuth: 'אימות דו-שלבי',
    columnVerified: 'מאומת',
    columnReportCsv: 'ייצוא דוחות ל-CSV',
    columnSuspended: 'מושעה',
    csvUserId: 'מזהה משתמש',

    yes: 'כן',
    no: 'לא',
    neverSignedIn: 'אף פעם',
    noSession: 'אין הפעלה',
    exempt: 'פטור',
    noPaidSeat: 'ללא רישיון בתשלום',
    reasonSeparator: '; ',
    notSet: 'לא מוגדר',

    roleAdmin: 'מנהל מערכת',
    roleAgent: 'נציג',
    roleTypeCustom: 'נציג בתפקיד מותאם אישית',
    roleTypeLight: 'נציג קל',
    roleTypeChatOnly: 'נציג צ׳אט בלבד',
    roleTypeContributor: 'תורם',
    roleTypeAdmin: 'מנהל מערכת',
    roleTypeBillingAdmin: 'מנהל חיוב',
    roleTypeUnknown: (roleType: number): string => `סוג תפקיד לא ידוע (${roleType})`,

    restrictionOrganization: 'פניות בארגון של המבקש',
    restrictionGroups: 'פניות בקבוצות של הנציג',
    restrictionAssigned: 'פניות שהוקצו לנציג',
    restrictionRequested: 'פניות שהנציג ביקש',
    restrictionNone: 'ללא',
    restrictionOther: (value: string): string => `אחר (${value})`,
  },

  filters: {
    panelLabel: 'מסננים',
    any: 'הכול',
    anyTime: 'כל זמן',
    never: 'אף פעם',
    withinDays: (days: number): string => lastDays(days),
    withinYear: 'בשנה האחרונה',
    olderThanDays: (days: number): string => plural(days, { one: 'לפני יותר מיום', two: 'לפני יותר מיומיים', other: 'לפני יותר מ-# ימים' }),
    olderThanYear: 'לפני יותר משנה',
    yes: 'כן',
    no: 'לא',
    notSet: 'לא מוגדר',
    idle: 'לא פעיל',
    notIdle: 'פעיל',
    exempt: 'פטור',
    textContains: 'מכיל…',
    allPaid: 'כל הרישיונות בתשלום',
    noSession: 'אין הפעלה',
    unknown: 'לא ידוע',
    interactionsNone: 'אין',
    interactionsSome: 'יש',
    apiOnlyLabel: 'סימן לכניסה דרך API בלבד',
    hasSignal: 'עם הסימן',
    lacksSignal: 'בלי הסימן',
    suspendedHide: 'הסתרת המושעים',
    suspendedAll: 'הצגת הכול',
    suspendedOnly: 'מושעים בלבד',
  },

  panel: {
    untitledUser: (id: number): string => `משתמש ${id}`,
    noEmail: 'אין דוא״ל',
    suspended: 'מושעה',
    verdictExempt: 'פטור: ברשימת הפטורים, ולעולם אינו מסומן כלא פעיל',
    verdictNoPaidSeat: 'אינו תופס רישיון בתשלום, ולכן אינו נבדק',
    verdictIdle: 'ככל הנראה לא פעיל',
    verdictNotIdleWithSignal: 'פעיל, אך יש סימן שכדאי לבדוק',
    verdictNotIdle: 'פעיל',
    signInOnly: 'נבדק לפי כניסות בלבד: הפעולות בפניות עדיין אינן ידועות.',
    interactionsInWindow: (idleDays: number): string => `פעולות בפניות (${lastDays(idleDays)})`,
    notKnownYet: 'עדיין לא ידוע',
    openInZendesk: 'פתיחה ב-Zendesk',
    close: 'סגירה',
    openRefused: 'Zendesk לא פתח את המשתמש הזה. יש לחפש את כתובת הדוא״ל במרכז הניהול, תחת חברי צוות.',
  },

  table: {
    heading: 'סקירת רישיונות',
    reviewScope: (host: string, idleDays: number, graceDays: number): string =>
      `${host} · ${plural(idleDays, {
        one: 'לא פעיל אחרי יום ללא כניסה',
        two: 'לא פעיל אחרי יומיים ללא כניסה',
        other: 'לא פעיל אחרי # ימים ללא כניסה',
      })} · ${plural(graceDays, {
        one: 'תקופת חסד של יום לרישיונות חדשים',
        two: 'תקופת חסד של יומיים לרישיונות חדשים',
        other: 'תקופת חסד של # ימים לרישיונות חדשים',
      })}`,
    reload: 'טעינה מחדש',
    loadingStopped: (loaded: number): string =>
      plural(loaded, { one: 'הטעינה נעצרה: מוצג הרישיון האחד שנטען עד כה', other: 'הטעינה נעצרה: מוצגים # הרישיונות שנטענו עד כה' }),
    resumeLoading: 'המשך הטעינה',
    unreadableRecords: (count: number): string =>
      plural(count, {
        one: 'לא ניתן היה לקרוא רשומת משתמש אחת מ-Zendesk (אין מזהה תקין), והיא אינה מופיעה ברשימה.',
        other: 'לא ניתן היה לקרוא # רשומות משתמש מ-Zendesk (אין מזהה תקין), והן אינן מופיעות ברשימה.',
      }),
    searchLabel: 'חיפוש רישיונות',
    searchPlaceholder: 'שם או דוא״ל',
    filters: 'מסננים',
    filtersActive: (active: number): string => `מסננים (${num(active)})`,
    clearFilters: 'ניקוי המסננים',
    exportCsv: (shown: number): string => `ייצוא CSV (${num(shown)})`,
    showingSeats: (shown: number, total: number): string =>
      plural(total, { one: `מוצגים ${num(shown)} מתוך רישיון אחד`, other: `מוצגים ${num(shown)} מתוך # רישיונות` }),
    selectedCount: (selected: number): string => `נבחרו: ${num(selected)}`,
    selectLikelyIdle: 'בחירת כל הרישיונות שככל הנראה אינם פעילים',
    clearSelection: 'ניקוי הבחירה',
    releaseSelected: (selected: number): string => `שחרור הנבחרים (${num(selected)})`,
    selectColumn: 'בחירה',
    selectSeat: (who: string): string => `בחירת ${who}`,
    columnsButton: 'עמודות',
    columnsShown: 'עמודות מוצגות',
    showAllColumns: 'הצגת כל העמודות',
    suspendedTag: 'מושעה',
    idleForDays: (days: number): string => `לא פעיל · ${dayCount(days)}`,
    idleNeverSignedIn: 'לא פעיל · מעולם לא נכנס',
    apiOnlyTag: 'API בלבד?',
  },

  summary: {
    summaryLabel: 'סיכום הרישיונות',
    seats: 'רישיונות (נציגים ומנהלי מערכת)',
    paidSeats: 'רישיונות בתשלום',
    paidSeatsHint: 'מנהלי מערכת, מנהלי חיוב, נציגים, נציגים בתפקיד מותאם אישית ונציגי צ׳אט בלבד; לא נציגים קלים, תורמים או נציגים משותפים',
    idleSeats: 'רישיונות בתשלום שככל הנראה אינם פעילים',
    idleSeatsHint: (idleDays: number): string =>
      `רישיונות בתשלום שמעולם לא נכנסו אחרי תקופת החסד, או שלא הייתה בהם כניסה או פעולה בפניות ${lastDays(idleDays)}`,
    judgedOnSignInOnly: 'לפי כניסות בלבד',
    suspendedAgents: 'נציגים מושעים',
    suspendedAgentsHint: 'נציגים מושעים ממשיכים לתפוס רישיון בתשלום עד שתפקידם משתנה למשתמשי קצה',
    idleCostMonthly: 'עלות חודשית של רישיונות לא פעילים',
    suspendedCostMonthly: 'עלות חודשית של רישיונות מושעים',
    unassignedCostMonthly: 'עלות חודשית של רישיונות לא מוקצים',
    costYearly: (amount: string): string => `${amount} לשנה`,
    seatsPurchased: 'רישיונות שנרכשו',
    paidSeatsAssigned: 'רישיונות בתשלום שהוקצו',
    assignedSuspended: (count: number): string => plural(count, { one: 'אחד מהם מושעה', other: '# מהם מושעים' }),
    unassignedSeats: 'רישיונות לא מוקצים',
    moreAssignedThanPurchased: (count: number): string =>
      plural(count, { one: 'הוקצה רישיון אחד יותר ממה שנרכש', other: 'הוקצו # רישיונות יותר ממה שנרכש' }),
    everySeatAssigned: 'כל הרישיונות שנרכשו מוקצים',
    unassignedHeldByNobody: 'נרכשו, ואינם מוקצים לאיש',
    billingNote: 'Zendesk מחייב על הרישיונות שנרכשו; שחרור רישיון מקטין את החיוב רק כשבעל החשבון מקטין את מספר הרישיונות במרכז הניהול.',
    compositionLabel: 'הרכב הרישיונות',
    compositionActivePaid: 'בתשלום, פעילים',
    compositionIdlePaid: 'בתשלום, לא פעילים',
    compositionSuspended: 'מושעים שתופסים רישיון בתשלום',
    compositionLightOrContributor: 'נציגים קלים ותורמים',
    compositionShared: 'משותפים',
    compositionPart: (part: string, count: number): string => `${part}: ${num(count)}`,
    suspendedShown: (count: number): string =>
      plural(count, {
        one: 'מוצג נציג מושעה אחד — נציג מושעה ממשיך לתפוס רישיון בתשלום עד שתפקידו משתנה למשתמש קצה.',
        other: 'מוצגים # נציגים מושעים — כל אחד מהם ממשיך לתפוס רישיון בתשלום עד שתפקידו משתנה למשתמש קצה.',
      }),
    suspendedHidden: (count: number): string =>
      plural(count, {
        one: 'מוסתר נציג מושעה אחד — נציג מושעה ממשיך לתפוס רישיון בתשלום עד שתפקידו משתנה למשתמש קצה.',
        other: 'מוסתרים # נציגים מושעים — כל אחד מהם ממשיך לתפוס רישיון בתשלום עד שתפקידו משתנה למשתמש קצה.',
      }),
    showSuspended: 'הצגת הנציגים המושעים',
    figureLoading: 'בטעינה',
    seatsWithoutSuspended: (count: number): string => plural(count, { one: 'לא כולל נציג מושעה אחד', other: 'לא כולל # נציגים מושעים' }),
    suspendedHoldingPaid: (count: number): string => plural(count, { one: 'אחד מהם תופס רישיון בתשלום', other: '# מהם תופסים רישיון בתשלום' }),
  },

  progress: {
    loadingSeats: 'טעינת הרישיונות',
    seatsLoaded: (loaded: number): string => plural(loaded, { one: 'נטען רישיון אחד…', other: 'נטענו # רישיונות…' }),
    seatsLoadedOfAbout: (loaded: number, expected: number): string =>
      plural(loaded, { one: `נטען רישיון אחד מתוך כ-${num(expected)}…`, other: `נטענו # רישיונות מתוך כ-${num(expected)}…` }),

    rosterPartlyLoaded: (read: number, expected: number): string =>
      plural(expected, {
        one: `נטענו ${num(read)} מתוך רישיון אחד; את השאר לא ניתן היה לקרוא`,
        other: `נטענו ${num(read)} מתוך # רישיונות; את השאר לא ניתן היה לקרוא`,
      }),
    rosterLoadedRestUnread: (read: number): string =>
      plural(read, { one: 'נטען רישיון אחד; את השאר לא ניתן היה לקרוא', other: 'נטענו # רישיונות; את השאר לא ניתן היה לקרוא' }),
    rosterCountDisagrees: (expected: number, read: number): string =>
      `Zendesk ספר ${num(expected)} רשומות, אך הדפים שלו הציגו ${num(read)}, גם בקריאה שנייה.`,
    rosterFiguresLeaveOut: 'הנתונים שלהלן אינם כוללים את הרישיונות האלה; לא ניתן לשלוח תמונת מצב כשלמה.',
    loadAgain: 'טעינה חוזרת',

    countingTicketEvents: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `ספירת העדכונים והתגובות בפניות ${lastDays(idleDays)} מתוך ייצוא אירועי הפניות של Zendesk: ${requests(count)} ` +
      `(ספירה באמצעות החיפוש הייתה דורשת ${requests(alternative)}), לכל היותר ${num(perMinute)} בדקה.`,
    countingTicketEventsUpTo: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `ספירת העדכונים והתגובות בפניות ${lastDays(idleDays)} מתוך ייצוא אירועי הפניות של Zendesk: ${requests(count)} ` +
      `(ספירה באמצעות החיפוש הייתה דורשת עד ${requests(alternative)}), לכל היותר ${num(perMinute)} בדקה.`,
    countingSearch: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `ספירת הפניות שבהן הגיב כל בעל רישיון בתשלום ${lastDays(idleDays)} באמצעות החיפוש של Zendesk: ${requests(count)} ` +
      `(ייצוא אירועי הפניות היה דורש ${aboutRequests(alternative)}), לכל היותר ${num(perMinute)} בדקה.`,
    sizingActivity: 'הערכת היקף הפעילות בפניות שיש לספור…',
    resumingExport: (from: string): string => `עדכון הספירות שנשמרו מהסקירה הקודמת: ייצוא אירועי הפניות של Zendesk ממשיך מ-${from}.`,
    loadingInteractions: 'טעינת הפעולות בפניות',
    requestsDone: (done: number, total: number): string => plural(total, { one: `${num(done)} מתוך בקשה אחת`, other: `${num(done)} מתוך # בקשות` }),
    cancel: 'ביטול',
    sessionsUnread: (reason: string): string => `"נראה לאחרונה" אינו ידוע: לא ניתן היה לקרוא את ההפעלות (${reason}).`,
    countsNotKept: 'הדפדפן הזה לא הצליח לשמור את ספירות הפעולות בפניות לסקירה הבאה (האחסון שלו מלא או חסום): הסקירה הבאה תספור שוב את כל התקופה.',
    interactionsCancelled: 'הפעולות בפניות לא נספרו (בוטל)',
    interactionsFailed: 'לא ניתן היה לספור את הפעולות בפניות',
    interactionsUnknown: 'נתוני הפעולות מוצגים כלא ידועים, וההכרעה אם רישיון אינו פעיל מבוססת על כניסות בלבד.',
    countAgain: 'ספירה חוזרת',
    waitRateLimited: (wait: number): string => `Zendesk ביקש מאיתנו להמתין ${seconds(wait)}, כי הגענו למגבלת הקצב שלו`,
    waitServerError: (status: number): string => `אירעה שגיאת שרת ב-Zendesk (${status})`,
    waitNoAnswer: 'אין תשובה מ-Zendesk',
    resumingIn: (wait: number): string => (wait > 0 ? `: הטעינה תימשך בעוד ${seconds(wait)}.` : ': הטעינה ממשיכה…'),
    retryingIn: (wait: number): string => (wait > 0 ? `: ניסיון חוזר בעוד ${seconds(wait)}.` : ': מנסה שוב…'),
    timeLeftSeconds: (wait: number): string => `נותרו כ-${seconds(wait)}`,
    timeLeftMinutesSeconds: (minutes: number, wait: number): string => `נותרו כ-${num(minutes)} דק׳ ${seconds(wait)}`,
    timeLeftHoursMinutes: (hours: number, minutes: number): string => `נותרו כ-${num(hours)} שע׳ ${num(minutes)} דק׳`,
    timeLeftUnderAMinute: 'נותרה פחות מדקה',
  },

  errors: {
    aboutSeconds: (n: number): string => plural(n, { one: 'כשנייה', two: 'כשתי שניות', other: 'כ-# שניות' }),
    aboutMinutes: (n: number): string => plural(n, { one: 'כדקה', two: 'כשתי דקות', other: 'כ-# דקות' }),
    aboutHours: (n: number): string => plural(n, { one: 'כשעה', two: 'כשעתיים', other: 'כ-# שעות' }),
    aboutDays: (n: number): string => plural(n, { one: 'כיום', two: 'כיומיים', other: 'כ-# ימים' }),

    networkFailed: (service: string, attempts: number): string => `לא ניתן היה להתחבר ל-${service}${after(attempts)} (שגיאת רשת או שאין תשובה).`,
    zendeskUnauthenticated: 'Zendesk לא הצליח לאמת את ההפעלה הזו. יש להיכנס שוב ולפתוח מחדש את Seat Review.',
    credentialsRefused: (service: string, detail: string): string => `${service} דחה את פרטי ההתחברות (401)${said(detail)}`,
    accessRefused: (service: string, detail: string): string => `${service} דחה את הגישה (403)${said(detail)}`,
    notFound: (service: string, url: string, detail: string): string => `${service} לא מצא את ${url} (404)${said(detail)}`,
    requestRejected: (service: string, status: number, detail: string): string => `${service} דחה את הבקשה (${status})${said(detail)}`,
    rateLimitStillExceeded: (service: string, attempts: number): string =>
      `${service} עדיין הגביל את קצב הבקשות${after(attempts)}. יש לנסות שוב בעוד כמה דקות.`,
    waitRequested: (service: string): string => `${service} ביקש מ-Seat Review להמתין לפני הבקשה הבאה.`,
    waitTooLong: (service: string, wait: string): string =>
      `${service} ביקש מ-Seat Review להמתין ${wait} לפני שליחת בקשות נוספות (מגבלת הקצב שלו), יותר מהזמן ש-Seat Review מחזיק סקירה. ` +
      'מה שנטען נשמר; אפשר להמשיך בטעינה מאוחר יותר.',
    serverError: (service: string, status: number, attempts: number, detail: string): string =>
      `אירעה שגיאת שרת ב-${service} (${status})${after(attempts)}${said(detail)}`,
    otherAnswer: (service: string, status: number, detail: string): string => `${service} השיב בקוד ${status}${said(detail)}`,

    listTicketEvents: 'ייצוא אירועי הפניות',
    listSessions: 'רשימת הפעלות הכניסה',
    listSeats: 'רשימת הרישיונות',
    pagingRepeatedPage: (list: string, url: string): string =>
      `החלוקה לדפים של ${list} ב-Zendesk הפנתה חזרה לדף שכבר נקרא (${url}). ` +
      `Seat Review עצר שם במקום לקרוא את אותם הדפים שוב ושוב: הקריאה של ${list} לא הושלמה.`,
    pagingOffHostLink: (list: string, url: string): string =>
      `החלוקה לדפים של ${list} ב-Zendesk הפנתה לאתר אחר (${url}). Seat Review לא עבר אליו: הקריאה של ${list} לא הושלמה.`,
    pagingEndedEarly: (list: string, url: string): string =>
      `החלוקה לדפים של ${list} ב-Zendesk ציינה שיש דפים נוספים, אך לא סיפקה קישור אליהם (${url}). ` +
      `Seat Review אינו יכול לדעת מאיפה להמשיך: הקריאה של ${list} לא הושלמה.`,
    pagingStalledExport: (list: string, url: string): string =>
      `החלוקה לדפים של ${list} ב-Zendesk הפסיקה להתקדם בזמן (${url}). ` +
      `Seat Review עצר שם במקום לקרוא את אותו טווח זמן שוב ושוב: הקריאה של ${list} לא הושלמה.`,

    unreadableUsersPage: (url: string): string => `Zendesk שלח דף ש-Seat Review אינו יכול לקרוא (אין בו רשימת "users") עבור ${url}.`,
    unreadableSessionsPage: (url: string): string => `Zendesk שלח דף הפעלות ש-Seat Review אינו יכול לקרוא (${url}).`,
    unreadableTicketEventPage: (url: string): string => `Zendesk שלח דף אירועי פניות ש-Seat Review אינו יכול לקרוא (${url}).`,
    unreadableSearchCount: (url: string): string => `Zendesk שלח ספירת חיפוש ש-Seat Review אינו יכול לקרוא (${url}).`,
    unreadableCustomRoles: (url: string): string => `Zendesk שלח רשימת תפקידים מותאמים אישית ש-Seat Review אינו יכול לקרוא (${url}).`,
    unreadableJobStatus: (url: string): string => `Zendesk שלח סטטוס של משימת רקע ש-Seat Review אינו יכול לקרוא (${url}).`,
    unreadableUser: (url: string): string => `Zendesk שלח משתמש מעודכן ש-Seat Review אינו יכול לקרוא (${url}).`,

    snapshotNotKept: 'תמונת המצב הזו הייתה גדולה מכדי לשמור אותה בדפדפן, ולכן לא ניתן לשלוח אותה שוב: יש לשלוח תמונת מצב חדשה.',
    sendingStopped: (detail: string): string => `השליחה נעצרה באופן בלתי צפוי: ${detail}`,
  },

  settings: {
    settingProblemTitle: (setting: string): string => `יש לבדוק את הגדרת האפליקציה "${setting}"`,
    idleDaysOutOfRange: (max: number, value: string, fallback: number): string =>
      `סף חוסר הפעילות חייב להיות מספר שלם של ימים בין 0 ל-${num(max)}; המערכת התעלמה מהערך "${value}" והשתמשה במקומו ב-${num(fallback)}.`,
    graceDaysOutOfRange: (max: number, value: string, fallback: number): string =>
      `תקופת החסד לרישיונות חדשים חייבת להיות מספר שלם של ימים בין 0 ל-${num(max)}; המערכת התעלמה מהערך "${value}" והשתמשה במקומו ב-${num(fallback)}.`,
    priceNotANumber: (value: string): string =>
      `המחיר החודשי לרישיון בתשלום חייב להיות מספר פשוט, כמו 55 או 55.50; המערכת התעלמה מהערך "${value}", ולכן העלויות אינן מוצגות.`,
    currencyUnknown: (value: string, fallback: string): string =>
      `המטבע של מחיר הרישיון חייב להיות קוד מטבע בן שלוש אותיות, כמו USD, EUR או ILS; המערכת התעלמה מהערך "${value}" והשתמשה במקומו ב-${fallback}.`,
    seatsNotANumber: (max: number, value: string): string =>
      `מספר הרישיונות שנרכשו חייב להיות מספר שלם בין 0 ל-${num(max)}; המערכת התעלמה מהערך "${value}", ולכן הרישיונות שנרכשו והרישיונות הלא מוקצים אינם מוצגים.`,
    exemptEntriesIgnored: (count: number, examples: string): string =>
      plural(count, {
        one: `משתמשים פטורים: רשומה אחת אינה כתובת דוא״ל או מזהה משתמש, והמערכת התעלמה ממנה: ${examples}.`,
        other: `משתמשים פטורים: # רשומות אינן כתובות דוא״ל או מזהי משתמש, והמערכת התעלמה מהן: ${examples}.`,
      }),
    destinationUnknown: (value: string, valid: string): string =>
      `היעד של תמונות המצב של השימוש חייב להיות ${valid}; "${value}" אינו אף אחד מהם, ולכן לא תישלח תמונת מצב עד שהדבר יתוקן.`,
    destinationIdInstance: (platform: string): string =>
      `${platform} צריך את המזהה של מופע האינטגרציה שמקבל את תמונות המצב: לא תישלח תמונת מצב עד שהוא יוגדר.`,
    destinationIdAppAccount: (platform: string): string =>
      `${platform} צריך את המזהה של חשבון האפליקציה של האינטגרציה המותאמת שמקבל את תמונות המצב: לא תישלח תמונת מצב עד שהוא יוגדר.`,
    destinationIdApp: (platform: string): string =>
      `${platform} צריך את המזהה של האפליקציה שמקבלת את תמונות המצב (נוצרת פעם אחת ב-${platform}): לא תישלח תמונת מצב עד שהוא יוגדר.`,
    quotedEntry: (entry: string): string => `"${entry}"`,
    // After the list's "ו": "ועוד 12".
    moreEntries: (count: number): string => plural(count, { one: 'עוד אחת', other: 'עוד #' }),
  },

  app: {
    connecting: 'מתחבר ל-Zendesk',
    outsideZendeskTitle: 'יש לפתוח את Seat Review מתוך Zendesk',
    // Zendesk's Hebrew interface mirrors its layout, so the navigation bar is not named by its side.
    outsideZendesk: 'הדף הזה הוא אפליקציה של Zendesk. יש לפתוח אותו מהסמל של Seat Review בסרגל הניווט של Zendesk Support.',
    hostSilentTitle: 'Zendesk לא הגיב',
    hostSilent: (wait: number): string =>
      `האפליקציה המתינה ${plural(wait, { one: 'שנייה אחת', two: 'שתי שניות', other: '# שניות' })} לרישום שלה ב-Zendesk. ` +
      'יש לטעון מחדש את הדף; אם הבעיה חוזרת, יש להתקין מחדש את האפליקציה.',
    startFailedTitle: 'לא ניתן היה להפעיל את Seat Review',
    refusedTitle: 'רק מנהלי מערכת יכולים לסקור רישיונות',
    refused: (name: string, role: string): string =>
      'Seat Review מציג את הרישיון ואת היסטוריית הכניסות של כל נציג, ולכן הוא מוגבל למנהלי מערכת של Zendesk. ' +
      `המשתמש המחובר: ${name} (${role}). אם דרושה לך סקירת רישיונות, יש לפנות למנהל מערכת של החשבון הזה.`,
    someUser: 'משתמש',
    noRole: 'ללא תפקיד',
  },

  snapshot: {
    title: 'SaaS Management',
    sendsTo: (schema: string, host: string): string => `תמונות מצב של השימוש (${schema}) נשלחות אל ${host} דרך השרת המתווך המאובטח של Zendesk.`,
    downloadOnly: 'עדיין אפשר להוריד תמונות מצב של השימוש כדי להעלות אותן.',
    send: 'שליחת תמונת מצב',
    sendWhenFinished: 'שליחת תמונת מצב בסיום הסקירה',
    willSendWhenFinished: 'תישלח בסיום הסקירה',
    dontSend: 'לא לשלוח',
    downloadJson: 'הורדת JSON',
    downloadCsv: 'הורדת CSV',
    sendsToPlatform: (platform: string, target: string): string =>
      `תמונות מצב של השימוש נשלחות אל ${platform} (${target}) דרך השרת המתווך המאובטח של Zendesk.`,
    zluriInstance: (id: string): string => `מופע ${id}`,
    toriiAppAccount: (id: string): string => `חשבון אפליקציה ${id}`,
    lumosApp: (id: string): string => `אפליקציה ${id}`,
    sendTo: (platform: string): string => `שליחה אל ${platform}`,
    sendToWhenFinished: (platform: string): string => `שליחה אל ${platform} בסיום הסקירה`,
    downloadFlexera: 'הורדה עבור Flexera (JSON Lines, gzip)',
    downloadZylo: 'הורדה עבור Zylo (CSV)',
    flexeraNotGzipped: 'הדפדפן הזה לא יכול לדחוס קבצים, ולכן קובץ Flexera נשמר ללא דחיסה (.jsonl): יש לדחוס אותו ב-gzip לפני ההעלאה ל-Flexera One.',
    flexeraTooLarge: (size: string, limit: string): string =>
      `קובץ Flexera בגודל ${size}, מעל המגבלה של Flexera One של ${limit} לקובץ: יש לפצל אותו ולהעלות את החלקים כטעינות מצטברות (טעינה מלאה משביתה את המשתמשים שחסרים בקובץ שלה).`,
    historyButton: (count: number): string => `היסטוריה (${num(count)})`,
    queuedNote: 'תמונת המצב תישלח ברגע שטעינת ההפעלות והפעולות בפניות תסתיים (או תבוטל).',
    waitsNote: 'ההפעלות והפעולות בפניות עדיין נטענות: תמונת מצב שתישלח עכשיו תמתין להן, כדי שכל רישיון יציין על מה מבוססת ההכרעה לגביו.',
    unwritableDates: (n: number): string =>
      plural(n, {
        one: 'תאריך אחד מ-Zendesk היה מחוץ לשנים 0000–9999 שתמונת מצב יכולה להכיל, ונכתב כלא ידוע (null).',
        other: '# תאריכים מ-Zendesk היו מחוץ לשנים 0000–9999 שתמונת מצב יכולה להכיל, ונכתבו כלא ידועים (null).',
      }),
    sendingLabel: 'שליחת תמונת המצב',
    sendingPart: (index: number, count: number): string => `שליחת חלק ${num(index)} מתוך ${num(count)}…`,
    sending: 'בשליחה…',

    waitRateLimited: (wait: number): string => `SaaS Management ביקש להאט: ניסיון חוזר בעוד ${seconds(wait)}.`,
    waitServerError: (status: number, wait: number): string => `אירעה שגיאת שרת ב-SaaS Management (${status}): ניסיון חוזר בעוד ${seconds(wait)}.`,
    waitSyncBusy: (platform: string, wait: number): string => `${platform} מריץ סנכרון אחר (409): ניסיון חוזר בעוד ${seconds(wait)}.`,
    waitNoAnswer: (wait: number): string => `אין תשובה מ-SaaS Management: ניסיון חוזר בעוד ${seconds(wait)}.`,

    pendingTitle: (accepted: number, count: number): string =>
      plural(count, {
        one: `תמונת המצב עדיין לא נשלחה: התקבלו ${num(accepted)} מתוך חלק אחד`,
        other: `תמונת המצב עדיין לא נשלחה: התקבלו ${num(accepted)} מתוך # חלקים`,
      }),
    refusedTitle: (accepted: number, count: number): string =>
      plural(count, {
        one: `SaaS Management דחה את תמונת המצב: התקבלו ${num(accepted)} מתוך חלק אחד`,
        other: `SaaS Management דחה את תמונת המצב: התקבלו ${num(accepted)} מתוך # חלקים`,
      }),
    interrupted: 'השליחה נקטעה.',
    endpointChangedSince:
      'הגדרת נקודת הקצה של SaaS Management השתנתה מאז שתמונת המצב הזו התחילה. "ניסיון חוזר" שולח אותה במלואה, מחלק 1, לנקודת הקצה החדשה; אפשר גם לבחור "מחיקה".',
    endpointChangedSinceAfter: (accepted: number): string =>
      plural(accepted, {
        one: 'הגדרת נקודת הקצה של SaaS Management השתנתה מאז שתמונת המצב הזו התחילה (חלק אחד נשלח לנקודת הקצה הקודמת). "ניסיון חוזר" שולח אותה במלואה, מחלק 1, לנקודת הקצה החדשה; אפשר גם לבחור "מחיקה".',
        other:
          'הגדרת נקודת הקצה של SaaS Management השתנתה מאז שתמונת המצב הזו התחילה (# חלקים נשלחו לנקודת הקצה הקודמת). "ניסיון חוזר" שולח אותה במלואה, מחלק 1, לנקודת הקצה החדשה; אפשר גם לבחור "מחיקה".',
      }),
    keptNotPersistent:
      'הדפדפן הזה אינו מאפשר לאפליקציות של Zendesk לשמור נתונים (אחסון של צד שלישי חסום), ולכן היא נשמרת רק כל עוד Seat Review פתוח.',
    keptNoRoom: 'נשמרת רק כל עוד Seat Review פתוח: לא היה לה מקום בדפדפן הזה.',
    keptEndpointChanged: 'נשמרת בדפדפן הזה (ללא האסימון) עד לבחירה ב"ניסיון חוזר" או ב"מחיקה".',
    keptRefused: 'נשמרת בדפדפן הזה (ללא האסימון): יש לתקן את הגורם, ואז לבחור "ניסיון חוזר".',
    keptResent: 'נשמרת בדפדפן הזה (ללא האסימון) ותישלח שוב כש-Seat Review ייפתח בפעם הבאה, או עכשיו באמצעות "ניסיון חוזר".',
    retry: 'ניסיון חוזר',
    discard: 'מחיקה',

    // `result` (a mark the panel splits on) is one of the words below, feminine as "שליחה".
    lastPush: (when: string, accepted: number, count: number, result: string): string =>
      plural(count, {
        one: `שליחה אחרונה ב-${when}: התקבלו ${num(accepted)} מתוך חלק אחד, ${result}.`,
        other: `שליחה אחרונה ב-${when}: התקבלו ${num(accepted)} מתוך # חלקים, ${result}.`,
      }),
    lastPushSent: 'נשלחה',
    lastPushRefused: 'נדחתה',
    lastPushUnfinished: 'לא הושלמה',

    endpointMissing: (setting: string): string => `יש למלא את ${endpointSetting(setting)} כדי לשלוח תמונות מצב.`,
    endpointPlaceholder: (setting: string, value: string): string => `${endpointSetting(setting)} אינה יכולה להכיל מצייני מיקום: "${value}".`,
    endpointNotUrl: (setting: string, value: string): string => `${endpointSetting(setting)} אינה כתובת URL מוחלטת תקינה: "${value}".`,
    endpointCredentials: (setting: string, tokenSetting: string): string =>
      `${endpointSetting(setting)} אינה יכולה לכלול שם משתמש או סיסמה; האסימון נשלח מההגדרה "${tokenSetting}".`,
    endpointNotHttps: (setting: string, got: string): string => `${endpointSetting(setting)} חייבת להיות כתובת https:// (התקבל "${got}").`,
    endpointNotWhitelisted: (setting: string, host: string, hosts: string): string =>
      `המארח של ${endpointSetting(setting)}, "${host}", אינו ברשימת הדומיינים המותרים של האפליקציה (${hosts}): Zendesk שולח את האסימון רק למארחים מותרים. יש לארוז את האפליקציה באמצעות "npm run package -- --saas-domain ${host}" ולעדכן אותה.`,
    endpointNotWhitelistedEmpty: (setting: string, host: string): string =>
      `המארח של ${endpointSetting(setting)}, "${host}", אינו ברשימת הדומיינים המותרים של האפליקציה (אין בה מארח): Zendesk שולח את האסימון רק למארחים מותרים. יש לארוז את האפליקציה באמצעות "npm run package -- --saas-domain ${host}" ולעדכן אותה.`,

    tooLarge: (partUsers: number, minUsers: number): string =>
      `SaaS Management דחה חלק של ${users(partUsers)} כגדול מדי (413), גם בגודל החלק הקטן ביותר (${users(minUsers)}): יש להגדיל את מגבלת גודל הבקשה של המקבל.`,
    tokenRefusedSaying: (detail: string, tokenSetting: string): string =>
      `SaaS Management לא קיבל את האסימון (401): ${detail}. יש לבדוק את הגדרת האפליקציה "${tokenSetting}" ושהיקף ההרשאות שלו מתיר את הכותרת.`,
    tokenRefused: (tokenSetting: string): string =>
      `SaaS Management לא קיבל את האסימון (401). יש לבדוק את הגדרת האפליקציה "${tokenSetting}" ושהיקף ההרשאות שלו מתיר את הכותרת.`,

    restartEndpointChanged: 'הגדרת נקודת הקצה של SaaS Management השתנתה: תמונת המצב כולה נשלחה שוב מחלק 1 לנקודת הקצה החדשה.',
    restartEndpointChangedAfter: (acceptedBefore: number): string =>
      plural(acceptedBefore, {
        one: 'הגדרת נקודת הקצה של SaaS Management השתנתה אחרי שנקודת הקצה הקודמת קיבלה חלק אחד: תמונת המצב כולה נשלחה שוב מחלק 1 לנקודת הקצה החדשה.',
        other:
          'הגדרת נקודת הקצה של SaaS Management השתנתה אחרי שנקודת הקצה הקודמת קיבלה # חלקים: תמונת המצב כולה נשלחה שוב מחלק 1 לנקודת הקצה החדשה.',
      }),
    restartSyncGone: (acceptedBefore: number): string =>
      plural(acceptedBefore, {
        one: 'הסנכרון של Zluri שאליו נשלחה תמונת המצב הזו הסתיים אחרי שדף אחד התקבל: התחיל סנכרון חדש וכל הדפים נשלחו שוב מדף 1.',
        other: 'הסנכרון של Zluri שאליו נשלחה תמונת המצב הזו הסתיים אחרי ש-# דפים התקבלו: התחיל סנכרון חדש וכל הדפים נשלחו שוב מדף 1.',
      }),
    restartSplit: (perPart: number): string =>
      `SaaS Management דחה חלק כגדול מדי (413): תמונת המצב חולקה לחלקים של ${users(perPart)} לכל היותר ונשלחה שוב מחלק 1 תחת מזהה תמונת מצב חדש.`,

    notKeptSent: 'הדפדפן הזה לא הצליח לשמור את תמונת המצב: היא נשלחה.',
    notKeptPending:
      'הדפדפן הזה לא הצליח לשמור את תמונת המצב: היא תאבד בטעינה מחדש של הדף. יש לבחור "ניסיון חוזר" כל עוד Seat Review פתוח, או להוריד אותה.',
    historyNotKept: 'הדפדפן הזה לא הצליח לשמור את היסטוריית תמונות המצב: מה שמוצג כאן יאבד בטעינה מחדש של הדף.',

    refusedRosterLoading: 'אפשר יהיה לשלוח אחרי שכל הרישיונות ייטענו.',
    refusedRosterFailed: 'לא נשלחה: הטעינה נעצרה לפני שכל הרישיונות נטענו, ולכן בתמונת המצב היו חסרים רישיונות. יש להמשיך בטעינה ואז לשלוח.',
    refusedRosterIncomplete: 'לא נשלחה: Zendesk החזיר פחות רישיונות ממה שספר, ולכן בתמונת המצב היו חסרים רישיונות. יש לטעון מחדש ואז לשלוח.',

    historyLabel: 'היסטוריית תמונות המצב',
    historyGenerated: 'נוצרה',
    historySeats: 'רישיונות',
    historyIdlePaid: 'בתשלום, לא פעילים',
    historySuspended: 'מושעים',
    historyParts: 'חלקים',
    historyChange: 'שינוי מאז תמונת המצב הקודמת',
    historyStatus: 'סטטוס',
    firstSnapshot: 'תמונת מצב ראשונה',
    statusSending: 'בשליחה',
    statusInterrupted: 'נקטעה',
    statusSent: 'נשלחה',
    statusPending: 'ממתינה',
    statusRefused: 'נדחתה',
    statusSuperseded: 'לא נשלחה (הוחלפה)',

    changeNewIdle: (n: number): string => plural(n, { one: 'רישיון אחד הפך ללא פעיל', other: '# רישיונות הפכו ללא פעילים' }),
    changeNoLongerIdle: (n: number): string => plural(n, { one: 'רישיון אחד חזר לפעילות', other: '# רישיונות חזרו לפעילות' }),
    changeAdded: (n: number): string => plural(n, { one: 'נוסף רישיון אחד', other: 'נוספו # רישיונות' }),
    changeGone: (n: number): string => plural(n, { one: 'הוסר רישיון אחד', other: 'הוסרו # רישיונות' }),
    changeSuspended: (n: number): string => plural(n, { one: 'נציג אחד הושעה', other: '# נציגים הושעו' }),
    changeUnsuspended: (n: number): string => plural(n, { one: 'ההשעיה של נציג אחד בוטלה', other: 'ההשעיה של # נציגים בוטלה' }),
    noChange: 'אין שינוי',
    syncBusy: (platform: string, tries: number): string =>
      plural(tries, {
        one: `${platform} הריץ סנכרון אחר (409), ולכן לא סונכרן שום דבר חדש. יש לבחור "ניסיון חוזר" אחרי שהוא יסתיים.`,
        other: `${platform} עדיין הריץ סנכרון אחר אחרי # ניסיונות (409), ולכן לא סונכרן שום דבר חדש. יש לבחור "ניסיון חוזר" אחרי שהוא יסתיים.`,
      }),
    noSyncId: (platform: string, setting: string): string =>
      `${platform} השיב בלי המזהה של הסנכרון שהתחיל, ולכן לא סונכרן דבר. יש לנסות שוב; אם זה חוזר, יש לבדוק את הגדרת האפליקציה "${setting}".`,
    noFileId: (platform: string): string => `${platform} השיב להעלאה בלי מזהה קובץ, ולכן לא סונכרן דבר. יש לנסות שוב מאוחר יותר.`,
    syncFailed: (platform: string): string =>
      `${platform} קיבל את כל הדפים ואז דיווח שהסנכרון נכשל: יש לבדוק את הסנכרון ב-${platform} כדי להבין למה, ואז לבחור "ניסיון חוזר".`,
    destinationNotWhitelisted: (platform: string, host: string, name: string): string =>
      `${platform} מקבל תמונות מצב בכתובת "${host}", שאינה ברשימת הדומיינים המותרים של האפליקציה: Zendesk שולח את האסימון רק למארחים שברשימה. יש לארוז את האפליקציה עם "npm run package -- --destination ${name}" ולעדכן אותה.`,
    toriiFileTooLarge: (size: string, limit: string): string =>
      `שום דבר לא נשלח: הרישיונות יוצרים קובץ Torii בגודל ${size}, מעל ${limit} ש-Torii מקבל בהעלאה אחת דרך השרת המתווך של Zendesk. במקום זאת יש לשלוח אל Zluri או Lumos, שמקבלים רשימות גדולות יותר.`,
  },

  release: {
    userById: (id: number): string => `משתמש ${id}`,
    previewTitleNamed: (name: string): string => `שחרור הרישיון של ${name}`,
    previewTitle: (count: number): string => plural(count, { one: 'שחרור רישיון אחד', other: 'שחרור # רישיונות' }),
    confirm: (count: number): string => plural(count, { one: 'שחרור רישיון אחד', other: 'שחרור # רישיונות' }),
    typeToConfirm: (count: number): string => `יש להקליד ${count} כדי לאשר`,
    targetLegend: 'שחרור לתפקיד',
    targetEndUser: 'משתמש קצה',
    targetLightAgent: 'נציג קל',
    targetLightAgentNamed: (role: string): string => `נציג קל (${role})`,
    endUserHint: 'משחרר את רישיון הנציג. המשתמש שומר על הפרופיל שלו ועל הפניות שבהן הוא המבקש.',
    lightAgentHint: 'משחרר את רישיון הנציג; המשתמש עדיין יכול לראות פניות ולהוסיף הערות פרטיות.',
    lightAgentChecking: 'בודק אם יש בחשבון תפקיד של נציג קל…',
    lightAgentRolesFailed: 'האפשרות "נציג קל" אינה זמינה: לא ניתן היה לקרוא את התפקידים המותאמים אישית של החשבון.',
    lightAgentNone: 'האפשרות "נציג קל" אינה זמינה: אין בחשבון תפקיד של נציג קל.',
    ticketFateEndUser:
      'Zendesk מקצה מחדש את הפניות שאינן סגורות של כל רישיון אליך, מנהל המערכת שמבצע את השינוי (או לנציג אחר בקבוצה של הפנייה, אם אינך בקבוצה הזו). פניות סגורות נשארות מוקצות כפי שהיו. המשתמש מוסר מהקבוצות שלו.',
    ticketFateLightAgent: 'Zendesk מקצה מחדש את הפניות שנפתרו של כל רישיון, ומבטל את ההקצאה של שאר הפניות שלו שלא נפתרו.',
    openTicketsCounting: 'בספירה…',
    openTicketsUnknown: 'לא ידוע',
    seatTicketsNone: 'אין מה להעביר',
    seatTicketsAnyReassigned: 'פניות פתוחות, אם יש, יוקצו מחדש אליך',
    seatTicketsAnyUnassigned: 'ההקצאה של פניות פתוחות, אם יש, תבוטל',
    seatTicketsReassigned: (count: number): string => plural(count, { one: 'היא תוקצה מחדש אליך', other: 'כולן יוקצו מחדש אליך' }),
    seatTicketsUnassigned: (count: number): string => plural(count, { one: 'ההקצאה שלה תבוטל', other: 'ההקצאה של כולן תבוטל' }),
    previewSeat: 'רישיון',
    previewWhy: 'מדוע נראה לא פעיל',
    previewTickets: 'פניות פתוחות מוקצות',
    previewFate: 'מה Zendesk עושה',
    noIdleReason: 'לא מסומן כלא פעיל',
    warningIntegrations: 'שילובים שהמשתמש אישר (הרשאות OAuth, אסימוני API) עלולים להפסיק לפעול.',
    warningMacros: 'Zendesk אינו מתעד מה קורה לפקודות המאקרו ולתצוגות האישיות של המשתמש.',
    warningBill: 'החיוב לא יקטן עד שבעל החשבון יקטין את מספר הרישיונות במרכז הניהול.',
    countingFailed: (problem: string): string => `ספירת הפניות הפתוחות נעצרה: ${problem}`,
    rolesFailed: (problem: string): string => `לא ניתן היה לקרוא את התפקידים המותאמים אישית של החשבון: ${problem}`,
    flaggedAdmin: (name: string): string => `${name} הוא מנהל מערכת. לשחרר את הרישיון של ${name} בכל זאת?`,
    flaggedExempt: (name: string): string => `${name} ברשימת הפטורים. לשחרר את הרישיון של ${name} בכל זאת?`,
    anywayNamed: (name: string): string => `שחרור הרישיון של ${name} בכל זאת`,
    anyway: (count: number): string => plural(count, { one: 'שחרור רישיון אחד בכל זאת', other: 'שחרור # רישיונות בכל זאת' }),
    cancel: 'ביטול',
    back: 'חזרה',
    closeDialog: 'סגירה',

    releasing: (done: number, total: number): string =>
      plural(total, { one: `שחרור ${num(done)} מתוך רישיון אחד`, other: `שחרור ${num(done)} מתוך # רישיונות` }),
    restoring: (done: number, total: number): string =>
      plural(total, { one: `שחזור ${num(done)} מתוך רישיון אחד`, other: `שחזור ${num(done)} מתוך # רישיונות` }),
    etaEstimating: 'הערכת הזמן שנותר…',
    etaAlmostDone: 'כמעט הסתיים',
    etaSeconds: (n: number): string => plural(n, { one: 'נותרה כשנייה', two: 'נותרו כשתי שניות', other: 'נותרו כ-# שניות' }),
    etaMinutes: (n: number): string => plural(n, { one: 'נותרה כדקה', two: 'נותרו כשתי דקות', other: 'נותרו כ-# דקות' }),
    etaHours: (n: number): string => plural(n, { one: 'נותרה כשעה', two: 'נותרו כשעתיים', other: 'נותרו כ-# שעות' }),
    etaDays: (n: number): string => plural(n, { one: 'נותר כיום', two: 'נותרו כיומיים', other: 'נותרו כ-# ימים' }),
    waitJobSlot: 'המתנה לסיום אחת המשימות (Zendesk מריץ לכל היותר 30 בו-זמנית).',
    waitTooManyJobs: 'מספר המשימות הגיע למגבלה של Zendesk; המתנה לסיום משימות.',
    waitRateLimited: 'Zendesk ביקש להאט (מגבלת קצב); המתנה לפני הבקשה הבאה.',
    waitServerError: 'אירעה שגיאת שרת ב-Zendesk; ניסיון חוזר בקרוב.',
    waitNetworkError: 'אין תשובה מ-Zendesk; ניסיון חוזר בקרוב.',
    jobsInFlight: (n: number): string => plural(n, { one: 'משימה אחת בביצוע', other: '# משימות בביצוע' }),
    cancelRun: 'ביטול',
    cancelling: 'הביטול מתבצע: לא נשלחות משימות חדשות; משימות שכבר נשלחו יסתיימו.',

    outcomeReleased: 'שוחרר',
    outcomeRefused: 'נדחה',
    outcomeUnknown: 'לא ידוע',
    outcomeNotAttempted: 'לא נוסה',
    outcomePending: 'ממתין',
    refusedOwner: 'לא ניתן לשנות את התפקיד של בעל החשבון',
    refusedOwnerSaying: (detail: string): string => `לא ניתן לשנות את התפקיד של בעל החשבון (Zendesk: ${detail})`,
    refusedChange: 'Zendesk דחה את השינוי',
    refusedChangeSaying: (detail: string): string => `Zendesk דחה את השינוי: ${detail}`,
    refusedForbidden: 'Zendesk לא התיר את השינוי (רק מנהלי מערכת יכולים לשנות תפקידים)',
    refusedForbiddenSaying: (detail: string): string => `Zendesk לא התיר את השינוי (רק מנהלי מערכת יכולים לשנות תפקידים): ${detail}`,
    refusedNotFound: 'המשתמש הזה כבר לא קיים ב-Zendesk',
    refusedNotFoundSaying: (detail: string): string => `המשתמש הזה כבר לא קיים ב-Zendesk: ${detail}`,
    refusedJobFailed: 'משימת הרקע של Zendesk נכשלה',
    refusedJobFailedSaying: (detail: string): string => `משימת הרקע של Zendesk נכשלה: ${detail}`,
    closedBeforeAnswer: 'לא ידוע: האפליקציה נסגרה לפני שהתקבלה תשובה מ-Zendesk',
    answerUnreadable: (problem: string): string => `לא ניתן היה לקרוא את התשובה של Zendesk: ${problem}`,
    cancelledBeforeSent: 'בוטל לפני השליחה',
    restored: 'שוחזר',
    restoreRefused: (reason: string): string => `השחזור נדחה: ${reason}`,
    restoreUnknown: (problem: string): string => `תוצאת השחזור לא ידועה: ${problem}`,
    restoreNotSent: (problem: string): string => `השחזור לא נשלח: ${problem}`,
    restoreCancelled: 'השחזור בוטל לפני שנשלח',
    // Hebrew agrees the verb with the count: "1 שוחרר", "2 שוחררו".
    countReleased: (n: number): string => plural(n, { one: '# שוחרר', other: '# שוחררו' }),
    countRefused: (n: number): string => plural(n, { one: '# נדחה', other: '# נדחו' }),
    countUnknown: (n: number): string => plural(n, { one: '# לא ידוע', other: '# לא ידועים' }),
    countNotAttempted: (n: number): string => plural(n, { one: '# לא נוסה', other: '# לא נוסו' }),
    countPending: (n: number): string => plural(n, { one: '# ממתין', other: '# ממתינים' }),
    countRestored: (n: number): string => plural(n, { one: '# שוחזר', other: '# שוחזרו' }),
    reportToEndUser: (when: string, count: number): string =>
      plural(count, { one: `${when}: רישיון אחד למשתמש קצה`, other: `${when}: # רישיונות למשתמשי קצה` }),
    reportToLightAgent: (when: string, count: number): string =>
      plural(count, { one: `${when}: רישיון אחד לנציג קל`, other: `${when}: # רישיונות לנציגים קלים` }),
    reportToEndUserCancelled: (when: string, count: number): string =>
      plural(count, { one: `${when}: רישיון אחד למשתמש קצה (בוטל)`, other: `${when}: # רישיונות למשתמשי קצה (בוטל)` }),
    reportToLightAgentCancelled: (when: string, count: number): string =>
      plural(count, { one: `${when}: רישיון אחד לנציג קל (בוטל)`, other: `${when}: # רישיונות לנציגים קלים (בוטל)` }),
    reportHeading: 'דוח שחרור',
    historyHeading: 'היסטוריית שחרורים',
    historyToggle: (count: number): string => `היסטוריית שחרורים (${num(count)})`,
    reportSeat: 'רישיון',
    reportOutcome: 'תוצאה',
    reportTickets: 'פניות פתוחות',
    reportBefore: 'תפקיד קודם',
    reportRestore: 'שחזור',
    restore: 'שחזור',
    restoreAll: (count: number): string => `שחזור כל הרישיונות ששוחררו (${num(count)})`,
    download: 'הורדת CSV',
    closeReport: 'סגירה',
    releaseThisSeat: 'שחרור הרישיון הזה',
    notRestored:
      'השחזור מחזיר את התפקיד ואת התפקיד המותאם אישית של הרישיון. Zendesk אינו משחזר הקצאות של פניות או חברות בקבוצות: יש להקצות מחדש את הפניות ולהחזיר את הנציג לקבוצות באופן ידני.',
    notKept: 'לא ניתן היה לשמור את הדוח הזה בדפדפן: יש להוריד אותו עכשיו, אחרת הוא יאבד כש-Seat Review ייסגר.',

    bill: (released: number): string =>
      plural(released, {
        one: 'Zendesk ממשיך לחייב על הרישיון הזה עד שבעל החשבון יקטין את מספר הרישיונות במינוי במרכז הניהול (בדרך כלל מתחילת מחזור החיוב הבא). אפשר להקטין אותו בעד #.',
        other:
          'Zendesk ממשיך לחייב על # הרישיונות האלה עד שבעל החשבון יקטין את מספר הרישיונות במינוי במרכז הניהול (בדרך כלל מתחילת מחזור החיוב הבא). אפשר להקטין אותו בעד #.',
      }),
    saving: (released: number, seatPrice: number): string =>
      `במחיר של ${money(seatPrice)} לרישיון, הקטנת מספר הרישיונות ב-${num(released)} חוסכת ${money(released * seatPrice)} בחודש.`,

    keptNeverSignedIn: 'מעולם לא נכנס',
    keptApiOnlySignIn: 'כניסה דרך API בלבד?',
    keptNoSignIn: (threshold: number): string => plural(threshold, { other: 'לא נכנס כבר #+ ימים' }),
    keptNoInteractions: (threshold: number): string => `אין פעולות בפניות במשך ${dayCount(threshold)}`,

    csvUserId: 'מזהה משתמש',
    csvName: 'שם',
    csvEmail: 'דוא״ל',
    csvOutcome: 'תוצאה',
    csvReason: 'סיבה',
    csvIdleReasons: 'מדוע נראה לא פעיל',
    csvOpenTickets: 'פניות פתוחות',
    csvPreviousRole: 'תפקיד קודם',
    csvRestore: 'שחזור',
  },
  history: {
    title: 'היסטוריית רישיונות',
    keptInZendesk: 'נשמרת ב-Zendesk: כל מנהלי המערכת רואים את אותה היסטוריה.',
    loading: 'היסטוריית הרישיונות נטענת…',
    empty: 'עדיין לא נרשמה סקירה: הסקירה הזו תהיה היום הראשון בהיסטוריה.',
    fallbackTitle: 'ההיסטוריה נשמרת רק בדפדפן הזה',
    fallbackPlan:
      'בתוכנית Zendesk שלך אין מקום לאובייקט המותאם אישית של האפליקציה, ולכן מנהלי מערכת אחרים ודפדפנים אחרים לא רואים את ההיסטוריה הזו. בתוכניות עם אובייקטים מותאמים אישית היא נשמרת ב-Zendesk.',
    fallbackNotInstalled:
      'Seat Review הותקנה בלי האובייקט המותאם אישית שלה (Seat Review day), ולכן מנהלי מערכת אחרים ודפדפנים אחרים לא רואים את ההיסטוריה הזו. כדי לשמור אותה ב-Zendesk יש להתקין את האפליקציה מחדש.',
    fallbackUnreadable: 'לא ניתן היה לקרוא כרגע את ההיסטוריה מ-Zendesk: מוצג העותק של הדפדפן הזה. היא תיקרא שוב בפעם הבאה ש-Seat Review תיפתח.',
    writeProblem: (reason: string): string => `לא ניתן היה להוסיף להיסטוריה את הסקירה של היום: ${reason}`,
    lastSnapshotLabel: 'תמונת המצב האחרונה:',
    snapshotSent: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, {
        one: `נשלחה: ${when}, ${kind}, התקבלו ${num(accepted)} מתוך חלק אחד`,
        other: `נשלחה: ${when}, ${kind}, התקבלו ${num(accepted)} מתוך # חלקים`,
      }),
    snapshotPartial: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, {
        one: `נשלחה חלקית: ${when}, ${kind}, התקבלו ${num(accepted)} מתוך חלק אחד`,
        other: `נשלחה חלקית: ${when}, ${kind}, התקבלו ${num(accepted)} מתוך # חלקים`,
      }),
    snapshotFailed: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, {
        one: `השליחה נעצרה: ${when}, ${kind}, התקבלו ${num(accepted)} מתוך חלק אחד`,
        other: `השליחה נעצרה: ${when}, ${kind}, התקבלו ${num(accepted)} מתוך # חלקים`,
      }),
    snapshotRejected: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, {
        one: `נדחתה על ידי SaaS Management: ${when}, ${kind}, התקבלו ${num(accepted)} מתוך חלק אחד`,
        other: `נדחתה על ידי SaaS Management: ${when}, ${kind}, התקבלו ${num(accepted)} מתוך # חלקים`,
      }),
    snapshotNotConfigured: (when: string, kind: string): string =>
      `סקירה: ${when}, ${kind}; תמונת המצב לא נשלחה כי לא הוגדרה נקודת קצה של SaaS Management`,
    runManual: 'ידנית',
    runUnattended: 'אוטומטית',
    runUnknown: 'אופן ההרצה לא נרשם',
    ranBy: (name: string): string => `הופעלה על ידי ${name}`,
    noSnapshot: 'עדיין לא נרשמה תמונת מצב.',
    changeSince: (day: string, changes: string): string => `מאז הסקירה הקודמת (${day}): ${changes}`,
    changePaid: (n: number, change: string): string => plural(n, { one: `${change} רישיון בתשלום`, other: `${change} רישיונות בתשלום` }),
    changeIdle: (n: number, change: string): string => plural(n, { one: `${change} לא פעיל ככל הנראה`, other: `${change} לא פעילים ככל הנראה` }),
    changeSuspended: (n: number, change: string): string => plural(n, { one: `${change} מושעה`, other: `${change} מושעים` }),
    changeCost: (amount: string): string => `${amount} לחודש`,
    seriesPaid: 'רישיונות בתשלום',
    seriesIdle: 'ככל הנראה לא פעילים',
    seriesSuspended: 'מושעים',
    seriesCost: 'עלות חודשית של רישיונות לא פעילים ומושעים',
    noReviewThatDay: 'לא הייתה סקירה ביום הזה',
    chartRange: (days: number, from: string, to: string, reviewed: number): string =>
      plural(days, {
        one: `רישיונות ב-${from}: ${num(reviewed)} נסקרו.`,
        other: `רישיונות לאורך # ימים, מ-${from} עד ${to}: ${num(reviewed)} ימים נסקרו, ${num(days - reviewed)} ללא סקירה.`,
      }),
    chartLatest: (day: string, paid: number, idle: number, suspended: number): string =>
      `אחרונה, ${day}: ${num(paid)} בתשלום, ${num(idle)} ככל הנראה לא פעילים, ${num(suspended)} מושעים.`,
    costLatest: (day: string, amount: string): string => `ב-${day} העלות החודשית של רישיונות לא פעילים ומושעים הייתה ${amount}.`,
    showTable: 'הצגה כטבלה',
    tableLabel: 'היסטוריית רישיונות לפי יום',
    reviewedDays: (reviewed: number, days: number): string =>
      plural(days, { one: `${num(reviewed)} מתוך יום אחד נסקרו`, other: `${num(reviewed)} מתוך # הימים האחרונים נסקרו` }),
    columnDay: 'יום',
    columnPaid: 'בתשלום',
    columnIdle: 'ככל הנראה לא פעילים',
    columnSuspended: 'מושעים',
    columnCost: 'עלות חודשית',
    columnSnapshot: 'תמונת מצב',
    columnRun: 'הופעלה על ידי',
    statusSent: 'נשלחה',
    statusPartial: 'נשלחה חלקית',
    statusFailed: 'נעצרה',
    statusRejected: 'נדחתה',
    statusNotConfigured: 'לא נשלחה (אין נקודת קצה)',
    none: '—',
  },
} satisfies LocaleCatalogue;
