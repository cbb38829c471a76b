/** Deutsch: the admin's language, laid over English (see ../messages.ts). */
import type { LocaleCatalogue } from '../catalogue';
import { money, num, plural } from '../format';

const tage = (n: number): string => plural(n, { one: '# Tag', other: '# Tagen' });
const inLetzten = (n: number): string => plural(n, { one: 'am letzten Tag', other: 'in den letzten # Tagen' });
const anfragen = (n: number): string => plural(n, { one: '# Anfrage', other: '# Anfragen' });
/** Dative ("mit 250 Benutzern"). */
const benutzern = (n: number): string => plural(n, { one: '# Benutzer', other: '# Benutzern' });
/** ": what the service said" when it said something, else the sentence's full stop. */
const said = (detail: string): string => (detail ? `: ${detail}` : '.');
/** Nothing after a single attempt, " nach 6 Versuchen" after several. */
const after = (attempts: number): string => (attempts === 1 ? '' : plural(attempts, { one: ' nach # Versuch', other: ' nach # Versuchen' }));

export default {
  seats: {
    classPaid: 'Bezahlter Agentenplatz',
    classLight: 'Light Agent',
    classContributor: 'Mitwirkender',
    classChatOnly: 'Nur-Chat-Agent',
    classShared: 'Geteilter Agent',
    ruleShared: 'Ein geteilter Agent arbeitet über Ticket-Sharing in einem anderen Zendesk-Konto und belegt in diesem keinen Platz.',
    ruleLight: 'Light Agents belegen keinen bezahlten Platz (sie zählen zum Light-Agent-Kontingent des Plans).',
    ruleContributor: 'Mitwirkende (als Mitwirkende zu Support hinzugefügte Chat-Agenten) belegen keinen bezahlten Support-Platz.',
    ruleChatOnly: 'Ein Nur-Chat-Agent ist Agent in Zendesk Chat und belegt einen bezahlten Agentenplatz.',
    rulePaid:
      'Administratoren, Abrechnungsadministratoren, Agenten und Agenten mit benutzerdefinierter Rolle belegen je einen bezahlten Agentenplatz.',
    heldWhileSuspended: 'Gesperrt belegt er den Platz weiter, bis er zum Endbenutzer herabgestuft wird.',
    doubtLightOtherRoles:
      'Ein Light Agent, der auch Chat-Agent, Guide-Manager oder Explore-Editor/-Administrator ist, belegt doch einen Platz; die Support-API zeigt diese Rollen nicht.',
    doubtContributorExplore:
      'Ein Mitwirkender, der auch Explore-Editor/-Administrator ist, belegt doch einen Platz; die Support-API zeigt diese Rolle nicht.',
    doubtChatActivity: 'Chat-Aktivität ist über die Support-API nicht sichtbar: Anmeldungen und Ticket-Interaktionen können sie unterschätzen.',
    doubtUnknownRoleType: (roleType: number): string =>
      `Unbekannter Rollentyp ${roleType}: als bezahlter Platz gezählt, da jeder Agent einen belegt, solange Zendesk nichts anderes sagt.`,
    neverSignedInUnknownCreated: 'Nie angemeldet (Erstellungsdatum unbekannt)',
    neverSignedIn: (createdDaysAgo: number): string => `Nie angemeldet; Platz vor ${tage(createdDaysAgo)} erstellt`,
    apiOnlySignIn: 'Nur API-Anmeldung? Kürzliche Anmeldung, aber keine Sitzung und keine Ticket-Interaktion',
    noInteractions: (idleDays: number): string => `Keine Ticket-Interaktion in ${tage(idleDays)}`,
    noSignIn: (lastSignInDaysAgo: number, idleDays: number): string => `Keine Anmeldung seit ${tage(lastSignInDaysAgo)} (Schwelle ${idleDays})`,
  },
  columns: {
    // "Name" would read as English on screen; the column holds the user's name.
    columnName: 'Benutzer',
    columnEmail: 'E-Mail',
    columnCreated: 'Erstellt',
    columnLastSignIn: 'Letzte Anmeldung',
    columnIdle: 'Inaktiv',
    columnSeatClass: 'Platzart',
    columnInteractions: 'Ticket-Interaktionen',
    columnLastSeen: 'Zuletzt gesehen (Sitzung)',
    columnRole: 'Rolle',
    columnRoleType: 'Rollentyp',
    columnChatOnly: 'Nur Chat',
    columnModerator: 'Moderator',
    columnRestrictedAgent: 'Eingeschränkter Agent',
    columnShared: 'Geteilt',
    columnSharedAgent: 'Geteilter Agent',
    columnTicketRestriction: 'Ticketzugriff',
    columnTwoFactorAuth: 'Zwei-Faktor-Authentifizierung',
    columnVerified: 'Verifiziert',
    columnReportCsv: 'Darf Berichte als CSV exportieren',
    columnSuspended: 'Gesperrt',
    csvUserId: 'Benutzer-ID',

    yes: 'Ja',
    no: 'Nein',
    neverSignedIn: 'Nie',
    noSession: 'Keine Sitzung',
    exempt: 'Ausgenommen',
    noPaidSeat: 'Kein bezahlter Platz',
    reasonSeparator: '; ',
    notSet: 'nicht festgelegt',

    roleAdmin: 'Administrator',
    roleAgent: 'Agent',
    roleTypeCustom: 'Agent mit benutzerdefinierter Rolle',
    roleTypeLight: 'Light Agent',
    roleTypeChatOnly: 'Nur-Chat-Agent',
    roleTypeContributor: 'Mitwirkender',
    roleTypeAdmin: 'Administrator',
    roleTypeBillingAdmin: 'Abrechnungsadministrator',
    roleTypeUnknown: (roleType: number): string => `Unbekannter Rollentyp (${roleType})`,

    restrictionOrganization: 'Organisation des Anfragenden',
    restrictionGroups: 'Gruppen des Agenten',
    restrictionAssigned: 'Dem Agenten zugewiesen',
    restrictionRequested: 'Vom Agenten angefragt',
    restrictionNone: 'Keine',
    restrictionOther: (value: string): string => `Andere (${value})`,
  },
  filters: {
    panelLabel: 'Filter',
    any: 'Alle',
    anyTime: 'Jederzeit',
    never: 'Nie',
    withinDays: (days: number): string => plural(days, { one: 'Innerhalb des letzten Tages', other: 'In den letzten # Tagen' }),
    withinYear: 'Im letzten Jahr',
    olderThanDays: (days: number): string => plural(days, { one: 'Vor mehr als einem Tag', other: 'Vor mehr als # Tagen' }),
    olderThanYear: 'Vor mehr als einem Jahr',
    yes: 'Ja',
    no: 'Nein',
    notSet: 'Nicht festgelegt',
    idle: 'Inaktiv',
    notIdle: 'Aktiv',
    exempt: 'Ausgenommen',
    textContains: 'enthält…',
    allPaid: 'Alle bezahlten Plätze',
    noSession: 'Keine Sitzung',
    unknown: 'Unbekannt',
    interactionsNone: 'Keine',
    interactionsSome: 'Mindestens eine',
    apiOnlyLabel: 'Hinweis „Nur API-Anmeldung?“',
    hasSignal: 'Mit Hinweis',
    lacksSignal: 'Ohne Hinweis',
    suspendedHide: 'Gesperrte ausblenden',
    suspendedAll: 'Alle anzeigen',
    suspendedOnly: 'Nur gesperrte',
  },
  panel: {
    untitledUser: (id: number): string => `Benutzer ${id}`,
    noEmail: 'Keine E-Mail-Adresse',
    suspended: 'Gesperrt',
    verdictExempt: 'Ausgenommen: steht auf der Ausnahmeliste und wird nie als inaktiv markiert',
    verdictNoPaidSeat: 'Belegt keinen bezahlten Platz und wird daher nicht bewertet',
    verdictIdle: 'Wahrscheinlich inaktiv',
    verdictNotIdleWithSignal: 'Aktiv, aber mit einem Hinweis zum Prüfen',
    verdictNotIdle: 'Aktiv',
    signInOnly: 'Nur nach Anmeldungen bewertet: Ticket-Interaktionen sind noch nicht bekannt.',
    interactionsInWindow: (idleDays: number): string =>
      plural(idleDays, { one: 'Ticket-Interaktionen (letzter Tag)', other: 'Ticket-Interaktionen (letzte # Tage)' }),
    notKnownYet: 'Noch nicht bekannt',
    openInZendesk: 'In Zendesk öffnen',
    close: 'Schließen',
    openRefused: 'Zendesk hat diesen Benutzer nicht geöffnet. Suchen Sie die E-Mail-Adresse im Admin Center unter „Teammitglieder“.',
  },
  table: {
    heading: 'Überprüfung der Agentenplätze',
    reviewScope: (host: string, idleDays: number, graceDays: number): string =>
      `${host} · ${plural(idleDays, { one: 'inaktiv nach # Tag ohne Anmeldung', other: 'inaktiv nach # Tagen ohne Anmeldung' })} · ${plural(
        graceDays,
        {
          one: '# Tag Schonfrist für neue Plätze',
          other: '# Tage Schonfrist für neue Plätze',
        },
      )}`,
    reload: 'Neu laden',
    loadingStopped: (loaded: number): string =>
      plural(loaded, {
        one: 'Laden angehalten: # bisher geladener Platz wird angezeigt',
        other: 'Laden angehalten: # bisher geladene Plätze werden angezeigt',
      }),
    resumeLoading: 'Laden fortsetzen',
    unreadableRecords: (count: number): string =>
      plural(count, {
        one: '# Benutzerdatensatz von Zendesk konnte nicht gelesen werden (keine gültige ID) und wird nicht aufgeführt.',
        other: '# Benutzerdatensätze von Zendesk konnten nicht gelesen werden (keine gültige ID) und werden nicht aufgeführt.',
      }),
    searchLabel: 'Plätze durchsuchen',
    searchPlaceholder: 'Benutzer oder E-Mail',
    filters: 'Filter',
    filtersActive: (active: number): string => `Filter (${num(active)})`,
    clearFilters: 'Filter zurücksetzen',
    exportCsv: (shown: number): string => `CSV exportieren (${num(shown)})`,
    showingSeats: (shown: number, total: number): string =>
      plural(total, { one: `${num(shown)} von # Platz angezeigt`, other: `${num(shown)} von # Plätzen angezeigt` }),
    selectedCount: (selected: number): string => `${num(selected)} ausgewählt`,
    selectLikelyIdle: 'Alle wahrscheinlich inaktiven auswählen',
    clearSelection: 'Auswahl aufheben',
    releaseSelected: (selected: number): string => `Ausgewählte freigeben (${num(selected)})`,
    selectColumn: 'Auswählen',
    selectSeat: (who: string): string => `${who} auswählen`,
    columnsButton: 'Spalten',
    columnsShown: 'Angezeigte Spalten',
    showAllColumns: 'Alle Spalten anzeigen',
    suspendedTag: 'Gesperrt',
    idleForDays: (days: number): string => plural(days, { one: 'Inaktiv · # Tag', other: 'Inaktiv · # Tage' }),
    idleNeverSignedIn: 'Inaktiv · nie angemeldet',
    apiOnlyTag: 'Nur API?',
  },
  summary: {
    summaryLabel: 'Platzübersicht',
    seats: 'Plätze (Agenten und Administratoren)',
    paidSeats: 'Bezahlte Plätze',
    paidSeatsHint:
      'Administratoren, Abrechnungsadministratoren, Agenten, Agenten mit benutzerdefinierter Rolle und Nur-Chat-Agenten; keine Light Agents, Mitwirkenden oder geteilten Agenten',
    idleSeats: 'Wahrscheinlich inaktive bezahlte Plätze',
    idleSeatsHint: (idleDays: number): string =>
      plural(idleDays, {
        one: 'Bezahlte Plätze, die sich nach der Schonfrist nie angemeldet haben oder innerhalb von # Tag weder eine Anmeldung noch eine Ticket-Interaktion hatten',
        other:
          'Bezahlte Plätze, die sich nach der Schonfrist nie angemeldet haben oder innerhalb von # Tagen weder eine Anmeldung noch eine Ticket-Interaktion hatten',
      }),
    judgedOnSignInOnly: 'nur nach Anmeldungen bewertet',
    suspendedAgents: 'Gesperrte Agenten',
    suspendedAgentsHint: 'Gesperrte Agenten belegen weiter einen bezahlten Platz, bis sie zu Endbenutzern herabgestuft werden',
    idleCostMonthly: 'Inaktive Plätze kosten monatlich',
    suspendedCostMonthly: 'Gesperrte Plätze kosten monatlich',
    unassignedCostMonthly: 'Nicht zugewiesene Plätze kosten monatlich',
    costYearly: (amount: string): string => `${amount} pro Jahr`,
    seatsPurchased: 'Gekaufte Plätze',
    paidSeatsAssigned: 'Zugewiesene bezahlte Plätze',
    assignedSuspended: (count: number): string => plural(count, { one: 'davon # gesperrt', other: 'davon # gesperrt' }),
    unassignedSeats: 'Nicht zugewiesene Plätze',
    moreAssignedThanPurchased: (count: number): string =>
      plural(count, { one: '# mehr zugewiesen als gekauft', other: '# mehr zugewiesen als gekauft' }),
    everySeatAssigned: 'jeder gekaufte Platz ist zugewiesen',
    unassignedHeldByNobody: 'gekauft, aber von niemandem belegt',
    billingNote:
      'Zendesk berechnet die gekauften Plätze; ein frei gewordener Platz senkt die Rechnung erst, wenn der Kontoinhaber die Anzahl der Plätze im Admin Center verringert.',
    compositionLabel: 'Platzverteilung',
    compositionActivePaid: 'Aktiv, bezahlt',
    compositionIdlePaid: 'Inaktiv, bezahlt',
    compositionSuspended: 'Gesperrt, mit bezahltem Platz',
    compositionLightOrContributor: 'Light Agents und Mitwirkende',
    compositionShared: 'Geteilt',
    compositionPart: (part: string, count: number): string => `${part}: ${num(count)}`,
    suspendedShown: (count: number): string =>
      plural(count, {
        one: '# gesperrter Agent angezeigt – er belegt weiter einen bezahlten Platz, bis er zum Endbenutzer herabgestuft wird.',
        other: '# gesperrte Agenten angezeigt – jeder belegt weiter einen bezahlten Platz, bis er zum Endbenutzer herabgestuft wird.',
      }),
    suspendedHidden: (count: number): string =>
      plural(count, {
        one: '# gesperrter Agent ausgeblendet – er belegt weiter einen bezahlten Platz, bis er zum Endbenutzer herabgestuft wird.',
        other: '# gesperrte Agenten ausgeblendet – jeder belegt weiter einen bezahlten Platz, bis er zum Endbenutzer herabgestuft wird.',
      }),
    showSuspended: 'Gesperrte Agenten anzeigen',
    figureLoading: 'Wird geladen',
    seatsWithoutSuspended: (count: number): string => plural(count, { one: 'ohne # gesperrten Agenten', other: 'ohne # gesperrte Agenten' }),
    suspendedHoldingPaid: (count: number): string =>
      plural(count, { one: 'davon belegt # einen bezahlten Platz', other: 'davon belegen # einen bezahlten Platz' }),
  },
  progress: {
    loadingSeats: 'Plätze werden geladen',
    seatsLoaded: (loaded: number): string => plural(loaded, { one: '# Platz geladen…', other: '# Plätze geladen…' }),
    seatsLoadedOfAbout: (loaded: number, expected: number): string =>
      plural(loaded, { one: `# Platz von etwa ${num(expected)} geladen…`, other: `# Plätze von etwa ${num(expected)} geladen…` }),

    rosterPartlyLoaded: (read: number, expected: number): string =>
      plural(expected, {
        one: `${num(read)} von # Platz geladen; der Rest konnte nicht gelesen werden`,
        other: `${num(read)} von # Plätzen geladen; der Rest konnte nicht gelesen werden`,
      }),
    rosterLoadedRestUnread: (read: number): string =>
      plural(read, { one: '# Platz geladen; der Rest konnte nicht gelesen werden', other: '# Plätze geladen; der Rest konnte nicht gelesen werden' }),
    rosterCountDisagrees: (expected: number, read: number): string =>
      `Zendesk hat ${num(expected)} Datensätze gezählt, seine Seiten führten aber ${num(read)} auf, auch beim zweiten Lesen.`,
    rosterFiguresLeaveOut: 'Die Zahlen unten lassen diese Plätze aus; ein Snapshot kann nicht als vollständig gesendet werden.',
    loadAgain: 'Erneut laden',

    countingTicketEvents: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `Ticket-Aktualisierungen und Kommentare ${inLetzten(idleDays)} werden aus dem Ticket-Ereignis-Export von Zendesk gezählt: ${anfragen(count)} ` +
      `(eine Zählung über die Suche bräuchte ${anfragen(alternative)}), höchstens ${num(perMinute)} pro Minute.`,
    countingTicketEventsUpTo: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `Ticket-Aktualisierungen und Kommentare ${inLetzten(idleDays)} werden aus dem Ticket-Ereignis-Export von Zendesk gezählt: ${anfragen(count)} ` +
      `(eine Zählung über die Suche bräuchte bis zu ${anfragen(alternative)}), höchstens ${num(perMinute)} pro Minute.`,
    countingSearch: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `Für jeden bezahlten Platz werden mit der Zendesk-Suche die Tickets gezählt, die er ${inLetzten(idleDays)} kommentiert hat: ${anfragen(count)} ` +
      `(der Ticket-Ereignis-Export bräuchte etwa ${anfragen(alternative)}), höchstens ${num(perMinute)} pro Minute.`,
    sizingActivity: 'Umfang der zu zählenden Ticket-Aktivität wird ermittelt…',
    resumingExport: (from: string): string =>
      `Die Zählungen der letzten Überprüfung werden aktualisiert: Der Ticket-Ereignis-Export von Zendesk wird ab ${from} fortgesetzt.`,
    loadingInteractions: 'Ticket-Interaktionen werden geladen',
    requestsDone: (done: number, total: number): string => plural(total, { one: `${num(done)} von # Anfrage`, other: `${num(done)} von # Anfragen` }),
    cancel: 'Abbrechen',
    sessionsUnread: (reason: string): string => `„Zuletzt gesehen“ ist unbekannt: Die Sitzungen konnten nicht gelesen werden (${reason}).`,
    countsNotKept:
      'Dieser Browser konnte die Zahlen der Ticket-Interaktionen nicht für die nächste Überprüfung speichern (sein Speicher ist voll oder blockiert): Die nächste Überprüfung zählt den ganzen Zeitraum erneut.',
    interactionsCancelled: 'Ticket-Interaktionen nicht gezählt (abgebrochen)',
    interactionsFailed: 'Ticket-Interaktionen konnten nicht gezählt werden',
    interactionsUnknown: 'Die Interaktionszahlen werden als unbekannt angezeigt, und die Bewertung als inaktiv beruht nur auf Anmeldungen.',
    countAgain: 'Erneut zählen',
    waitRateLimited: (seconds: number): string => `Zendesk hat uns gebeten, ${num(seconds)} s zu warten, da sein Ratenlimit erreicht ist`,
    waitServerError: (status: number): string => `Serverfehler bei Zendesk (${status})`,
    waitNoAnswer: 'Keine Antwort von Zendesk',
    resumingIn: (seconds: number): string => (seconds > 0 ? `: Fortsetzung in ${num(seconds)} s.` : ': wird fortgesetzt…'),
    retryingIn: (seconds: number): string => (seconds > 0 ? `: neuer Versuch in ${num(seconds)} s.` : ': neuer Versuch läuft…'),
    timeLeftSeconds: (seconds: number): string => `noch etwa ${num(seconds)} s`,
    timeLeftMinutesSeconds: (minutes: number, seconds: number): string => `noch etwa ${num(minutes)} min ${num(seconds)} s`,
    timeLeftHoursMinutes: (hours: number, minutes: number): string => `noch etwa ${num(hours)} h ${num(minutes)} min`,
    timeLeftUnderAMinute: 'noch weniger als eine Minute',
  },
  errors: {
    aboutSeconds: (n: number): string => plural(n, { one: 'etwa # Sekunde', other: 'etwa # Sekunden' }),
    aboutMinutes: (n: number): string => plural(n, { one: 'etwa # Minute', other: 'etwa # Minuten' }),
    aboutHours: (n: number): string => plural(n, { one: 'etwa # Stunde', other: 'etwa # Stunden' }),
    aboutDays: (n: number): string => plural(n, { one: 'etwa # Tag', other: 'etwa # Tage' }),

    networkFailed: (service: string, attempts: number): string =>
      `${service} war${after(attempts)} nicht erreichbar (Netzwerkfehler oder keine Antwort).`,
    zendeskUnauthenticated: 'Zendesk konnte diese Sitzung nicht authentifizieren. Melden Sie sich erneut an und öffnen Sie Seat Review wieder.',
    credentialsRefused: (service: string, detail: string): string => `${service} hat die Zugangsdaten abgelehnt (401)${said(detail)}`,
    accessRefused: (service: string, detail: string): string => `${service} hat den Zugriff verweigert (403)${said(detail)}`,
    notFound: (service: string, url: string, detail: string): string => `${service} hat ${url} nicht gefunden (404)${said(detail)}`,
    requestRejected: (service: string, status: number, detail: string): string => `${service} hat die Anfrage abgelehnt (${status})${said(detail)}`,
    rateLimitStillExceeded: (service: string, attempts: number): string =>
      `Das Ratenlimit von ${service} war${after(attempts)} weiterhin überschritten. Versuchen Sie es in einigen Minuten erneut.`,
    waitRequested: (service: string): string => `${service} hat Seat Review gebeten, vor der nächsten Anfrage zu warten.`,
    waitTooLong: (service: string, wait: string): string =>
      `${service} hat Seat Review gebeten, ${wait} zu warten, bevor weitere Anfragen gesendet werden (Ratenlimit) – länger, als Seat Review eine Überprüfung offen hält. ` +
      'Was bereits geladen ist, bleibt erhalten; setzen Sie das Laden später fort.',
    serverError: (service: string, status: number, attempts: number, detail: string): string =>
      `Bei ${service} ist${after(attempts)} ein Serverfehler (${status}) aufgetreten${said(detail)}`,
    otherAnswer: (service: string, status: number, detail: string): string => `${service} hat mit ${status} geantwortet${said(detail)}`,

    // Accusative: each is the object of "Beim Blättern durch …" and "… nicht bis zum Ende gelesen".
    listTicketEvents: 'den Ticket-Ereignis-Export',
    listSessions: 'die Liste der Anmeldesitzungen',
    listSeats: 'die Liste der Plätze',
    pagingRepeatedPage: (list: string, url: string): string =>
      `Beim Blättern durch ${list} verwies Zendesk auf eine bereits gelesene Seite zurück (${url}). ` +
      `Seat Review hat dort angehalten, statt endlos dieselben Seiten zu lesen, und ${list} nicht bis zum Ende gelesen.`,
    pagingOffHostLink: (list: string, url: string): string =>
      `Beim Blättern durch ${list} verwies Zendesk auf eine andere Website (${url}). Seat Review ist dem Link nicht gefolgt und hat ${list} nicht bis zum Ende gelesen.`,
    pagingEndedEarly: (list: string, url: string): string =>
      `Beim Blättern durch ${list} kündigte Zendesk weitere Seiten an, gab aber keinen Link darauf an (${url}). ` +
      `Seat Review kann nicht erkennen, wo es weitergeht, und hat ${list} nicht bis zum Ende gelesen.`,
    pagingStalledExport: (list: string, url: string): string =>
      `Beim Blättern durch ${list} kam Zendesk zeitlich nicht mehr voran (${url}). ` +
      `Seat Review hat dort angehalten, statt endlos denselben Zeitraum zu lesen, und ${list} nicht bis zum Ende gelesen.`,

    unreadableUsersPage: (url: string): string =>
      `Zendesk hat für ${url} eine Seite gesendet, die Seat Review nicht lesen kann (keine „users“-Liste).`,
    unreadableSessionsPage: (url: string): string => `Zendesk hat eine Seite mit Sitzungen gesendet, die Seat Review nicht lesen kann (${url}).`,
    unreadableTicketEventPage: (url: string): string =>
      `Zendesk hat eine Seite mit Ticket-Ereignissen gesendet, die Seat Review nicht lesen kann (${url}).`,
    unreadableSearchCount: (url: string): string => `Zendesk hat eine Trefferzahl der Suche gesendet, die Seat Review nicht lesen kann (${url}).`,
    unreadableCustomRoles: (url: string): string =>
      `Zendesk hat die Liste der benutzerdefinierten Rollen in einer Form gesendet, die Seat Review nicht lesen kann (${url}).`,
    unreadableJobStatus: (url: string): string => `Zendesk hat den Status eines Hintergrundjobs gesendet, den Seat Review nicht lesen kann (${url}).`,
    unreadableUser: (url: string): string => `Zendesk hat einen aktualisierten Benutzer gesendet, den Seat Review nicht lesen kann (${url}).`,

    snapshotNotKept:
      'Dieser Snapshot war zu groß, um im Browser gespeichert zu werden, und kann daher nicht erneut gesendet werden: Senden Sie einen neuen Snapshot.',
    sendingStopped: (detail: string): string => `Das Senden wurde unerwartet abgebrochen: ${detail}`,
  },
  settings: {
    settingProblemTitle: (setting: string): string => `Prüfen Sie die App-Einstellung „${setting}“`,
    idleDaysOutOfRange: (max: number, value: string, fallback: number): string =>
      `Die Inaktivitätsschwelle muss eine ganze Zahl von Tagen zwischen 0 und ${num(max)} sein; „${value}“ wurde ignoriert und ${num(fallback)} verwendet.`,
    graceDaysOutOfRange: (max: number, value: string, fallback: number): string =>
      `Die Schonfrist für neue Plätze muss eine ganze Zahl von Tagen zwischen 0 und ${num(max)} sein; „${value}“ wurde ignoriert und ${num(fallback)} verwendet.`,
    priceNotANumber: (value: string): string =>
      `Der monatliche Preis pro bezahltem Platz muss eine einfache Zahl wie 55 oder 55,50 sein; „${value}“ wurde ignoriert, daher werden keine Kosten angezeigt.`,
    currencyUnknown: (value: string, fallback: string): string =>
      `Die Währung des Platzpreises muss ein Währungscode aus drei Buchstaben wie EUR, USD oder GBP sein; „${value}“ wurde ignoriert und ${fallback} verwendet.`,
    seatsNotANumber: (max: number, value: string): string =>
      `Die Zahl der gekauften Plätze muss eine ganze Zahl zwischen 0 und ${num(max)} sein; „${value}“ wurde ignoriert, daher werden gekaufte und nicht zugewiesene Plätze nicht angezeigt.`,
    exemptEntriesIgnored: (count: number, examples: string): string =>
      plural(count, {
        one: `Ausgenommene Benutzer: # Eintrag ist weder eine E-Mail-Adresse noch eine Benutzer-ID und wurde ignoriert: ${examples}.`,
        other: `Ausgenommene Benutzer: # Einträge sind weder E-Mail-Adressen noch Benutzer-IDs und wurden ignoriert: ${examples}.`,
      }),
    destinationUnknown: (value: string, valid: string): string =>
      `Das Ziel der Nutzungs-Snapshots muss ${valid} sein; „${value}“ ist keiner dieser Namen, daher wird kein Snapshot gesendet, bis es korrigiert ist.`,
    destinationIdInstance: (platform: string): string =>
      `${platform} benötigt die ID der Integrationsinstanz, die die Snapshots empfängt: Bis sie festgelegt ist, wird kein Snapshot gesendet.`,
    destinationIdAppAccount: (platform: string): string =>
      `${platform} benötigt die ID des App-Kontos der benutzerdefinierten Integration, das die Snapshots empfängt: Bis sie festgelegt ist, wird kein Snapshot gesendet.`,
    destinationIdApp: (platform: string): string =>
      `${platform} benötigt die ID der App, die die Snapshots empfängt (einmalig in ${platform} angelegt): Bis sie festgelegt ist, wird kein Snapshot gesendet.`,
    quotedEntry: (entry: string): string => `„${entry}“`,
    moreEntries: (count: number): string => plural(count, { one: '# weiterer', other: '# weitere' }),
  },
  app: {
    connecting: 'Verbindung mit Zendesk wird hergestellt',
    outsideZendeskTitle: 'Öffnen Sie Seat Review in Zendesk',
    outsideZendesk:
      'Diese Seite ist eine Zendesk-App. Öffnen Sie sie über das Symbol von Seat Review in der linken Navigationsleiste von Zendesk Support.',
    hostSilentTitle: 'Zendesk hat nicht geantwortet',
    hostSilent: (seconds: number): string =>
      plural(seconds, {
        one: 'Die App hat # Sekunde darauf gewartet, dass Zendesk sie registriert. Laden Sie die Seite neu; wenn das weiterhin passiert, installieren Sie die App neu.',
        other:
          'Die App hat # Sekunden darauf gewartet, dass Zendesk sie registriert. Laden Sie die Seite neu; wenn das weiterhin passiert, installieren Sie die App neu.',
      }),
    startFailedTitle: 'Seat Review konnte nicht gestartet werden',
    refusedTitle: 'Nur Administratoren können Plätze überprüfen',
    refused: (name: string, role: string): string =>
      'Seat Review zeigt den Platz und den Anmeldeverlauf jedes Agenten und ist daher Zendesk-Administratoren vorbehalten. ' +
      `Sie sind als ${name} (${role}) angemeldet. Wenden Sie sich an einen Administrator dieses Kontos, wenn Sie eine Überprüfung der Plätze benötigen.`,
    someUser: 'unbekannter Benutzer',
    noRole: 'keine Rolle',
  },
  snapshot: {
    title: 'SaaS Management',
    sendsTo: (schema: string, host: string): string => `Nutzungs-Snapshots (${schema}) gehen über den sicheren Proxy von Zendesk an ${host}.`,
    downloadOnly: 'Nutzungs-Snapshots können weiterhin heruntergeladen und manuell hochgeladen werden.',
    send: 'Snapshot senden',
    sendWhenFinished: 'Snapshot nach Abschluss der Überprüfung senden',
    willSendWhenFinished: 'Wird nach Abschluss der Überprüfung gesendet',
    dontSend: 'Nicht senden',
    downloadJson: 'JSON herunterladen',
    downloadCsv: 'CSV herunterladen',
    sendsToPlatform: (platform: string, target: string): string =>
      `Nutzungs-Snapshots gehen über den sicheren Proxy von Zendesk an ${platform} (${target}).`,
    zluriInstance: (id: string): string => `Instanz ${id}`,
    toriiAppAccount: (id: string): string => `App-Konto ${id}`,
    lumosApp: (id: string): string => `App ${id}`,
    sendTo: (platform: string): string => `An ${platform} senden`,
    sendToWhenFinished: (platform: string): string => `Nach Abschluss der Überprüfung an ${platform} senden`,
    downloadFlexera: 'Für Flexera herunterladen (JSON Lines, gzip)',
    downloadZylo: 'Für Zylo herunterladen (CSV)',
    flexeraNotGzipped:
      'Dieser Browser kann keine Dateien komprimieren, daher wurde die Flexera-Datei unkomprimiert gespeichert (.jsonl): Komprimieren Sie sie mit gzip, bevor Sie sie in Flexera One hochladen.',
    flexeraTooLarge: (size: string, limit: string): string =>
      `Die Flexera-Datei ist ${size} groß, mehr als die ${limit} pro Datei, die Flexera One annimmt: Teilen Sie sie auf und laden Sie die Teile als inkrementelle Ladevorgänge hoch (ein vollständiger Ladevorgang deaktiviert die Benutzer, die in seiner Datei fehlen).`,
    historyButton: (count: number): string => `Verlauf (${num(count)})`,
    queuedNote: 'Der Snapshot wird gesendet, sobald Sitzungen und Ticket-Interaktionen fertig geladen (oder abgebrochen) sind.',
    waitsNote:
      'Sitzungen und Ticket-Interaktionen werden noch geladen: Ein jetzt gesendeter Snapshot wartet auf sie, damit jeder Platz angibt, worauf seine Bewertung beruht.',
    unwritableDates: (n: number): string =>
      plural(n, {
        one: '# Datumsangabe von Zendesk lag außerhalb der Jahre 0000–9999, die ein Snapshot aufnehmen kann, und wurde als unbekannt (null) geschrieben.',
        other:
          '# Datumsangaben von Zendesk lagen außerhalb der Jahre 0000–9999, die ein Snapshot aufnehmen kann, und wurden als unbekannt (null) geschrieben.',
      }),
    sendingLabel: 'Snapshot wird gesendet',
    sendingPart: (index: number, count: number): string => `Teil ${num(index)} von ${num(count)} wird gesendet…`,
    sending: 'Wird gesendet…',

    waitRateLimited: (seconds: number): string => `SaaS Management hat um langsameres Senden gebeten: neuer Versuch in ${num(seconds)} s.`,
    waitServerError: (status: number, seconds: number): string => `Serverfehler bei SaaS Management (${status}): neuer Versuch in ${num(seconds)} s.`,
    waitSyncBusy: (platform: string, seconds: number): string =>
      `${platform} führt eine andere Synchronisierung aus (409): neuer Versuch in ${num(seconds)} s.`,
    waitNoAnswer: (seconds: number): string => `Keine Antwort von SaaS Management: neuer Versuch in ${num(seconds)} s.`,

    pendingTitle: (accepted: number, count: number): string =>
      plural(count, {
        one: `Snapshot noch nicht gesendet: ${num(accepted)} von # Teil angenommen`,
        other: `Snapshot noch nicht gesendet: ${num(accepted)} von # Teilen angenommen`,
      }),
    refusedTitle: (accepted: number, count: number): string =>
      plural(count, {
        one: `SaaS Management hat den Snapshot abgelehnt: ${num(accepted)} von # Teil angenommen`,
        other: `SaaS Management hat den Snapshot abgelehnt: ${num(accepted)} von # Teilen angenommen`,
      }),
    interrupted: 'Das Senden wurde unterbrochen.',
    // „Erneut versuchen“ and „Verwerfen“ name the buttons (retry, discard).
    endpointChangedSince:
      'Die Endpunkt-Einstellung für SaaS Management wurde geändert, seit dieser Snapshot begonnen wurde. „Erneut versuchen“ sendet ihn vollständig ab Teil 1 an den neuen Endpunkt; „Verwerfen“ verwirft ihn.',
    endpointChangedSinceAfter: (accepted: number): string =>
      plural(accepted, {
        one: 'Die Endpunkt-Einstellung für SaaS Management wurde geändert, seit dieser Snapshot begonnen wurde (# Teil ging an den bisherigen Endpunkt). „Erneut versuchen“ sendet ihn vollständig ab Teil 1 an den neuen Endpunkt; „Verwerfen“ verwirft ihn.',
        other:
          'Die Endpunkt-Einstellung für SaaS Management wurde geändert, seit dieser Snapshot begonnen wurde (# Teile gingen an den bisherigen Endpunkt). „Erneut versuchen“ sendet ihn vollständig ab Teil 1 an den neuen Endpunkt; „Verwerfen“ verwirft ihn.',
      }),
    keptNotPersistent:
      'Dieser Browser erlaubt Zendesk-Apps nicht, Daten zu speichern (Speicher von Drittanbietern ist blockiert), daher wird er nur aufbewahrt, solange Seat Review geöffnet bleibt.',
    keptNoRoom: 'Nur aufbewahrt, solange Seat Review geöffnet bleibt: Dieser Browser hatte keinen Speicherplatz dafür.',
    keptEndpointChanged: 'In diesem Browser (ohne das Token) aufbewahrt, bis Sie „Erneut versuchen“ oder „Verwerfen“ wählen.',
    keptRefused: 'In diesem Browser (ohne das Token) aufbewahrt: Beheben Sie die Ursache und wählen Sie dann „Erneut versuchen“.',
    keptResent:
      'In diesem Browser (ohne das Token) aufbewahrt und beim nächsten Öffnen von Seat Review erneut gesendet – oder jetzt mit „Erneut versuchen“.',
    retry: 'Erneut versuchen',
    discard: 'Verwerfen',

    lastPush: (when: string, accepted: number, count: number, result: string): string =>
      plural(count, {
        one: `Letzte Übertragung am ${when}: ${num(accepted)} von # Teil angenommen – ${result}.`,
        other: `Letzte Übertragung am ${when}: ${num(accepted)} von # Teilen angenommen – ${result}.`,
      }),
    lastPushSent: 'gesendet',
    lastPushRefused: 'abgelehnt',
    lastPushUnfinished: 'nicht abgeschlossen',

    endpointMissing: (setting: string): string =>
      `Legen Sie die App-Einstellung „${setting}“ (Endpunkt-URL von SaaS Management) fest, um Snapshots zu senden.`,
    endpointPlaceholder: (setting: string, value: string): string =>
      `Die App-Einstellung „${setting}“ (Endpunkt-URL von SaaS Management) darf keine Platzhalter enthalten: „${value}“.`,
    endpointNotUrl: (setting: string, value: string): string =>
      `Die App-Einstellung „${setting}“ (Endpunkt-URL von SaaS Management) ist keine gültige absolute URL: „${value}“.`,
    endpointCredentials: (setting: string, tokenSetting: string): string =>
      `Die App-Einstellung „${setting}“ (Endpunkt-URL von SaaS Management) darf weder Benutzernamen noch Passwort enthalten; das Token wird aus der Einstellung „${tokenSetting}“ gesendet.`,
    endpointNotHttps: (setting: string, got: string): string =>
      `Die App-Einstellung „${setting}“ (Endpunkt-URL von SaaS Management) muss eine https://-Adresse sein (erhalten: „${got}“).`,
    endpointNotWhitelisted: (setting: string, host: string, hosts: string): string =>
      `Der Host der App-Einstellung „${setting}“ (Endpunkt-URL von SaaS Management), „${host}“, steht nicht in der Liste der zulässigen Domains der App (${hosts}): Zendesk sendet das Token nur an zulässige Hosts. Packen Sie die App mit „npm run package -- --saas-domain ${host}“ neu und aktualisieren Sie sie.`,
    endpointNotWhitelistedEmpty: (setting: string, host: string): string =>
      `Der Host der App-Einstellung „${setting}“ (Endpunkt-URL von SaaS Management), „${host}“, steht nicht in der Liste der zulässigen Domains der App (kein Host): Zendesk sendet das Token nur an zulässige Hosts. Packen Sie die App mit „npm run package -- --saas-domain ${host}“ neu und aktualisieren Sie sie.`,

    tooLarge: (partUsers: number, minUsers: number): string =>
      `SaaS Management hat einen Teil mit ${benutzern(partUsers)} als zu groß abgelehnt (413), selbst bei der kleinsten Teilgröße von ${benutzern(minUsers)}: Erhöhen Sie die maximale Anfragegröße des Empfängers.`,
    tokenRefusedSaying: (detail: string, tokenSetting: string): string =>
      `SaaS Management hat das Token nicht akzeptiert (401): ${detail}. Prüfen Sie die App-Einstellung „${tokenSetting}“ und ob ihr Geltungsbereich den Header erlaubt.`,
    tokenRefused: (tokenSetting: string): string =>
      `SaaS Management hat das Token nicht akzeptiert (401). Prüfen Sie die App-Einstellung „${tokenSetting}“ und ob ihr Geltungsbereich den Header erlaubt.`,

    restartEndpointChanged:
      'Die Endpunkt-Einstellung für SaaS Management wurde geändert: Der gesamte Snapshot wurde ab Teil 1 erneut an den neuen Endpunkt gesendet.',
    restartEndpointChangedAfter: (acceptedBefore: number): string =>
      plural(acceptedBefore, {
        one: 'Die Endpunkt-Einstellung für SaaS Management wurde geändert, nachdem der bisherige Endpunkt # Teil angenommen hatte: Der gesamte Snapshot wurde ab Teil 1 erneut an den neuen Endpunkt gesendet.',
        other:
          'Die Endpunkt-Einstellung für SaaS Management wurde geändert, nachdem der bisherige Endpunkt # Teile angenommen hatte: Der gesamte Snapshot wurde ab Teil 1 erneut an den neuen Endpunkt gesendet.',
      }),
    restartSyncGone: (acceptedBefore: number): string =>
      plural(acceptedBefore, {
        one: 'Die Zluri-Synchronisierung, an die dieser Snapshot ging, war beendet, nachdem # Seite angenommen worden war: Eine neue Synchronisierung wurde gestartet und jede Seite ab Seite 1 erneut gesendet.',
        other:
          'Die Zluri-Synchronisierung, an die dieser Snapshot ging, war beendet, nachdem # Seiten angenommen worden waren: Eine neue Synchronisierung wurde gestartet und jede Seite ab Seite 1 erneut gesendet.',
      }),
    restartSplit: (perPart: number): string =>
      `SaaS Management hat einen Teil als zu groß abgelehnt (413): Der Snapshot wurde in Teile mit höchstens ${benutzern(perPart)} aufgeteilt und unter einer neuen Snapshot-ID ab Teil 1 erneut gesendet.`,

    notKeptSent: 'Dieser Browser konnte den Snapshot nicht speichern: Er wurde gesendet.',
    notKeptPending:
      'Dieser Browser konnte den Snapshot nicht speichern: Er übersteht kein Neuladen. Versuchen Sie es erneut, solange Seat Review geöffnet ist, oder laden Sie ihn herunter.',
    historyNotKept: 'Dieser Browser konnte den Snapshot-Verlauf nicht speichern: Was hier angezeigt wird, übersteht kein Neuladen.',

    refusedRosterLoading: 'Senden ist möglich, sobald alle Plätze geladen sind.',
    refusedRosterFailed:
      'Nicht gesendet: Das Laden wurde angehalten, bevor alle Plätze geladen waren, daher würden einem Snapshot Plätze fehlen. Setzen Sie das Laden fort und senden Sie dann.',
    refusedRosterIncomplete:
      'Nicht gesendet: Zendesk hat weniger Plätze geliefert, als es gezählt hat, daher würden einem Snapshot Plätze fehlen. Laden Sie neu und senden Sie dann.',

    historyLabel: 'Snapshot-Verlauf',
    historyGenerated: 'Erstellt',
    historySeats: 'Plätze',
    historyIdlePaid: 'Inaktiv, bezahlt',
    historySuspended: 'Gesperrt',
    historyParts: 'Teile',
    historyChange: 'Änderung seit dem vorigen Snapshot',
    historyStatus: 'Status',
    firstSnapshot: 'Erster Snapshot',
    statusSending: 'Wird gesendet',
    statusInterrupted: 'Unterbrochen',
    statusSent: 'Gesendet',
    statusPending: 'Ausstehend',
    statusRefused: 'Abgelehnt',
    statusSuperseded: 'Nicht gesendet (ersetzt)',

    changeNewIdle: (n: number): string => plural(n, { one: '# neuer inaktiver Platz', other: '# neue inaktive Plätze' }),
    changeNoLongerIdle: (n: number): string => plural(n, { one: '# nicht mehr inaktiv', other: '# nicht mehr inaktiv' }),
    changeAdded: (n: number): string => plural(n, { one: '# Platz hinzugekommen', other: '# Plätze hinzugekommen' }),
    changeGone: (n: number): string => plural(n, { one: '# Platz entfallen', other: '# Plätze entfallen' }),
    changeSuspended: (n: number): string => plural(n, { one: '# neu gesperrt', other: '# neu gesperrt' }),
    changeUnsuspended: (n: number): string => plural(n, { one: '# nicht mehr gesperrt', other: '# nicht mehr gesperrt' }),
    noChange: 'Keine Änderung',
    syncBusy: (platform: string, tries: number): string =>
      plural(tries, {
        one: `${platform} führte noch eine andere Synchronisierung aus (409), daher wurde nichts Neues synchronisiert. Wählen Sie „Erneut versuchen“, sobald sie abgeschlossen ist.`,
        other: `${platform} führte nach # Versuchen noch immer eine andere Synchronisierung aus (409), daher wurde nichts Neues synchronisiert. Wählen Sie „Erneut versuchen“, sobald sie abgeschlossen ist.`,
      }),
    noSyncId: (platform: string, setting: string): string =>
      `${platform} hat ohne die ID der gestarteten Synchronisierung geantwortet, daher wurde nichts synchronisiert. Versuchen Sie es erneut; wenn es wieder passiert, prüfen Sie die App-Einstellung „${setting}“.`,
    noFileId: (platform: string): string =>
      `${platform} hat den Upload ohne Datei-ID beantwortet, daher wurde nichts synchronisiert. Versuchen Sie es später erneut.`,
    syncFailed: (platform: string): string =>
      `${platform} hat jede Seite angenommen und die Synchronisierung dann als fehlgeschlagen gemeldet: Sehen Sie in ${platform} nach dem Grund und wählen Sie dann „Erneut versuchen“.`,
    destinationNotWhitelisted: (platform: string, host: string, name: string): string =>
      `${platform} nimmt Snapshots unter „${host}“ an, das nicht in der Domain-Whitelist der App steht: Zendesk sendet das Token nur an Hosts in der Whitelist. Paketieren Sie die App mit „npm run package -- --destination ${name}“ und aktualisieren Sie sie.`,
    toriiFileTooLarge: (size: string, limit: string): string =>
      `Nichts wurde gesendet: Die Sitze ergeben eine Torii-Datei von ${size}, mehr als die ${limit}, die Torii in einem Upload über den Proxy von Zendesk annimmt. Senden Sie stattdessen an Zluri oder Lumos, die größere Bestände annehmen.`,
  },
  release: {
    // ---- the preview ----
    userById: (id: number): string => `Benutzer ${id}`,
    previewTitleNamed: (name: string): string => `${name} freigeben`,
    previewTitle: (count: number): string => plural(count, { one: '# Platz freigeben', other: '# Plätze freigeben' }),
    confirm: (count: number): string => plural(count, { one: '# Platz freigeben', other: '# Plätze freigeben' }),
    // The admin types the number as shown, digits only: `count` stays unformatted.
    typeToConfirm: (count: number): string => `Geben Sie zur Bestätigung ${count} ein`,
    targetLegend: 'Umstellen auf',
    targetEndUser: 'Endbenutzer',
    targetLightAgent: 'Light Agent',
    targetLightAgentNamed: (role: string): string => `Light Agent (${role})`,
    endUserHint: 'Gibt den Agentenplatz frei. Der Benutzer behält sein Profil und die von ihm angefragten Tickets.',
    lightAgentHint: 'Gibt den Agentenplatz frei; der Benutzer kann weiterhin Tickets sehen und interne Kommentare hinzufügen.',
    lightAgentChecking: 'Es wird geprüft, ob das Konto eine Light-Agent-Rolle hat…',
    lightAgentRolesFailed: 'Light Agent wird nicht angeboten: Die benutzerdefinierten Rollen des Kontos konnten nicht gelesen werden.',
    lightAgentNone: 'Light Agent wird nicht angeboten: Das Konto hat keine Light-Agent-Rolle.',
    ticketFateEndUser:
      'Zendesk weist die nicht geschlossenen Tickets jedes Platzes Ihnen zu, dem Administrator, der die Änderung vornimmt (oder einem anderen Agenten der Gruppe des Tickets, wenn Sie nicht zu ihr gehören). Geschlossene Tickets behalten ihren zugewiesenen Agenten. Der Benutzer verlässt seine Gruppen.',
    ticketFateLightAgent: 'Zendesk weist die gelösten Tickets jedes Platzes neu zu und hebt die Zuweisung seiner übrigen nicht gelösten Tickets auf.',
    openTicketsCounting: 'wird gezählt…',
    openTicketsUnknown: 'unbekannt',
    seatTicketsNone: 'keine zu übertragen',
    seatTicketsAnyReassigned: 'offene werden Ihnen zugewiesen',
    seatTicketsAnyUnassigned: 'Zuweisung offener wird aufgehoben',
    seatTicketsReassigned: (count: number): string => plural(count, { one: 'wird Ihnen zugewiesen', other: 'alle werden Ihnen zugewiesen' }),
    seatTicketsUnassigned: (count: number): string => plural(count, { one: 'Zuweisung wird aufgehoben', other: 'Zuweisung aller wird aufgehoben' }),
    previewSeat: 'Platz',
    previewWhy: 'Warum er inaktiv wirkt',
    previewTickets: 'Offene zugewiesene Tickets',
    previewFate: 'Was Zendesk tut',
    noIdleReason: 'Nicht als inaktiv markiert',
    warningIntegrations:
      'Integrationen, die der Benutzer autorisiert hat (OAuth-Berechtigungen, API-Token), funktionieren möglicherweise nicht mehr.',
    warningMacros: 'Was mit den persönlichen Makros und Ansichten des Benutzers geschieht, ist von Zendesk nicht dokumentiert.',
    warningBill: 'Die Rechnung sinkt erst, wenn der Kontoinhaber die Anzahl der Plätze im Admin Center verringert.',
    countingFailed: (problem: string): string => `Das Zählen der offenen Tickets wurde abgebrochen: ${problem}`,
    rolesFailed: (problem: string): string => `Die benutzerdefinierten Rollen des Kontos konnten nicht gelesen werden: ${problem}`,
    flaggedAdmin: (name: string): string => `${name} ist Administrator. ${name} trotzdem freigeben?`,
    flaggedExempt: (name: string): string => `${name} steht auf der Ausnahmeliste. ${name} trotzdem freigeben?`,
    anywayNamed: (name: string): string => `${name} trotzdem freigeben`,
    anyway: (count: number): string => plural(count, { one: '# Platz trotzdem freigeben', other: '# Plätze trotzdem freigeben' }),
    cancel: 'Abbrechen',
    back: 'Zurück',
    closeDialog: 'Schließen',

    // ---- progress ----
    releasing: (done: number, total: number): string =>
      plural(total, { one: `Freigabe: ${num(done)} von # Platz`, other: `Freigabe: ${num(done)} von # Plätzen` }),
    restoring: (done: number, total: number): string =>
      plural(total, { one: `Wiederherstellung: ${num(done)} von # Platz`, other: `Wiederherstellung: ${num(done)} von # Plätzen` }),
    etaEstimating: 'Verbleibende Zeit wird geschätzt…',
    etaAlmostDone: 'Fast fertig',
    etaSeconds: (n: number): string => plural(n, { one: 'Noch etwa # Sekunde', other: 'Noch etwa # Sekunden' }),
    etaMinutes: (n: number): string => plural(n, { one: 'Noch etwa # Minute', other: 'Noch etwa # Minuten' }),
    etaHours: (n: number): string => plural(n, { one: 'Noch etwa # Stunde', other: 'Noch etwa # Stunden' }),
    etaDays: (n: number): string => plural(n, { one: 'Noch etwa # Tag', other: 'Noch etwa # Tage' }),
    waitJobSlot: 'Warten, bis einer der Jobs fertig ist (Zendesk führt höchstens 30 gleichzeitig aus).',
    waitTooManyJobs: 'Das Job-Limit von Zendesk ist erreicht; es wird gewartet, bis Jobs fertig sind.',
    waitRateLimited: 'Zendesk hat um langsameres Senden gebeten (Ratenlimit); vor der nächsten Anfrage wird gewartet.',
    waitServerError: 'Serverfehler bei Zendesk; in Kürze neuer Versuch.',
    waitNetworkError: 'Keine Antwort von Zendesk; in Kürze neuer Versuch.',
    jobsInFlight: (n: number): string => plural(n, { one: '# Job läuft', other: '# Jobs laufen' }),
    cancelRun: 'Abbrechen',
    cancelling: 'Wird abgebrochen: Es werden keine neuen Jobs gesendet; bereits gesendete Jobs laufen zu Ende.',

    // ---- the report ----
    outcomeReleased: 'Freigegeben',
    outcomeRefused: 'Abgelehnt',
    outcomeUnknown: 'Unbekannt',
    outcomeNotAttempted: 'Nicht versucht',
    outcomePending: 'Ausstehend',
    refusedOwner: 'Der Kontoinhaber kann nicht herabgestuft werden',
    refusedOwnerSaying: (detail: string): string => `Der Kontoinhaber kann nicht herabgestuft werden (Zendesk: ${detail})`,
    refusedChange: 'Zendesk hat die Änderung abgelehnt',
    refusedChangeSaying: (detail: string): string => `Zendesk hat die Änderung abgelehnt: ${detail}`,
    refusedForbidden: 'Zendesk hat die Änderung nicht erlaubt (nur Administratoren können Rollen ändern)',
    refusedForbiddenSaying: (detail: string): string =>
      `Zendesk hat die Änderung nicht erlaubt (nur Administratoren können Rollen ändern): ${detail}`,
    refusedNotFound: 'Diesen Benutzer gibt es in Zendesk nicht mehr',
    refusedNotFoundSaying: (detail: string): string => `Diesen Benutzer gibt es in Zendesk nicht mehr: ${detail}`,
    refusedJobFailed: 'Der Hintergrundjob von Zendesk ist fehlgeschlagen',
    refusedJobFailedSaying: (detail: string): string => `Der Hintergrundjob von Zendesk ist fehlgeschlagen: ${detail}`,
    closedBeforeAnswer: 'Unbekannt: Die App wurde vor der Antwort von Zendesk geschlossen',
    answerUnreadable: (problem: string): string => `Die Antwort von Zendesk konnte nicht gelesen werden: ${problem}`,
    cancelledBeforeSent: 'Vor dem Senden abgebrochen',
    restored: 'Wiederhergestellt',
    restoreRefused: (reason: string): string => `Wiederherstellung abgelehnt: ${reason}`,
    restoreUnknown: (problem: string): string => `Ergebnis der Wiederherstellung unbekannt: ${problem}`,
    restoreNotSent: (problem: string): string => `Wiederherstellung nicht gesendet: ${problem}`,
    restoreCancelled: 'Wiederherstellung vor dem Senden abgebrochen',
    countReleased: (n: number): string => plural(n, { one: '# freigegeben', other: '# freigegeben' }),
    countRefused: (n: number): string => plural(n, { one: '# abgelehnt', other: '# abgelehnt' }),
    countUnknown: (n: number): string => plural(n, { one: '# unbekannt', other: '# unbekannt' }),
    countNotAttempted: (n: number): string => plural(n, { one: '# nicht versucht', other: '# nicht versucht' }),
    countPending: (n: number): string => plural(n, { one: '# ausstehend', other: '# ausstehend' }),
    countRestored: (n: number): string => plural(n, { one: '# wiederhergestellt', other: '# wiederhergestellt' }),
    reportToEndUser: (when: string, count: number): string =>
      plural(count, { one: `${when}: # Platz auf Endbenutzer umgestellt`, other: `${when}: # Plätze auf Endbenutzer umgestellt` }),
    reportToLightAgent: (when: string, count: number): string =>
      plural(count, { one: `${when}: # Platz auf Light Agent umgestellt`, other: `${when}: # Plätze auf Light Agent umgestellt` }),
    reportToEndUserCancelled: (when: string, count: number): string =>
      plural(count, {
        one: `${when}: # Platz auf Endbenutzer umgestellt (abgebrochen)`,
        other: `${when}: # Plätze auf Endbenutzer umgestellt (abgebrochen)`,
      }),
    reportToLightAgentCancelled: (when: string, count: number): string =>
      plural(count, {
        one: `${when}: # Platz auf Light Agent umgestellt (abgebrochen)`,
        other: `${when}: # Plätze auf Light Agent umgestellt (abgebrochen)`,
      }),
    reportHeading: 'Freigabebericht',
    historyHeading: 'Freigabeverlauf',
    historyToggle: (count: number): string => `Freigabeverlauf (${num(count)})`,
    reportSeat: 'Platz',
    reportOutcome: 'Ergebnis',
    reportTickets: 'Offene Tickets',
    reportBefore: 'Vorherige Rolle',
    reportRestore: 'Wiederherstellen',
    restore: 'Wiederherstellen',
    restoreAll: (count: number): string => `Alle freigegebenen wiederherstellen (${num(count)})`,
    download: 'CSV herunterladen',
    closeReport: 'Schließen',
    releaseThisSeat: 'Diesen Platz freigeben',
    notRestored:
      'Beim Wiederherstellen erhält der Platz seine Rolle und benutzerdefinierte Rolle zurück. Zendesk stellt weder Ticketzuweisungen noch Gruppenmitgliedschaften wieder her: Weisen Sie die Tickets neu zu und fügen Sie den Agenten manuell wieder zu den Gruppen hinzu.',
    notKept:
      'Dieser Bericht konnte in diesem Browser nicht gespeichert werden: Laden Sie ihn jetzt herunter, sonst geht er verloren, wenn Seat Review geschlossen wird.',

    // ---- money ----
    bill: (released: number): string =>
      plural(released, {
        one: 'Zendesk berechnet diesen Platz weiter, bis der Kontoinhaber die Anzahl der Plätze im Abonnement im Admin Center verringert (meist ab dem nächsten Abrechnungszeitraum). Verringern Sie sie um bis zu #.',
        other:
          'Zendesk berechnet diese # Plätze weiter, bis der Kontoinhaber die Anzahl der Plätze im Abonnement im Admin Center verringert (meist ab dem nächsten Abrechnungszeitraum). Verringern Sie sie um bis zu #.',
      }),
    saving: (released: number, seatPrice: number): string =>
      `Bei ${money(seatPrice)} pro Platz spart eine Verringerung um ${num(released)} monatlich ${money(released * seatPrice)}.`,

    // ---- idle reasons as a report keeps them ----
    keptNeverSignedIn: 'Nie angemeldet',
    keptApiOnlySignIn: 'Nur API-Anmeldung?',
    keptNoSignIn: (days: number): string => plural(days, { one: 'Seit #+ Tagen keine Anmeldung', other: 'Seit #+ Tagen keine Anmeldung' }),
    keptNoInteractions: (days: number): string =>
      plural(days, { one: 'Keine Ticket-Interaktion in # Tag', other: 'Keine Ticket-Interaktion in # Tagen' }),

    // ---- the report's CSV: column headers ----
    csvUserId: 'Benutzer-ID',
    csvName: 'Benutzer',
    csvEmail: 'E-Mail',
    csvOutcome: 'Ergebnis',
    csvReason: 'Grund',
    csvIdleReasons: 'Warum er inaktiv wirkte',
    csvOpenTickets: 'Offene Tickets',
    csvPreviousRole: 'Vorherige Rolle',
    csvRestore: 'Wiederherstellung',
  },
  history: {
    title: 'Platzverlauf',
    keptInZendesk: 'In Zendesk gespeichert: Alle Administratoren sehen denselben Verlauf.',
    loading: 'Platzverlauf wird geladen…',
    empty: 'Noch keine Überprüfung gespeichert: Diese wird der erste Tag des Verlaufs.',
    fallbackTitle: 'Verlauf nur in diesem Browser gespeichert',
    fallbackPlan:
      'Ihr Zendesk-Plan hat keinen Platz für das benutzerdefinierte Objekt der App: Andere Administratoren und andere Browser sehen diesen Verlauf nicht. Pläne mit benutzerdefinierten Objekten speichern ihn in Zendesk.',
    fallbackNotInstalled:
      'Seat Review wurde ohne sein benutzerdefiniertes Objekt (Seat Review day) installiert: Andere Administratoren und andere Browser sehen diesen Verlauf nicht. Installieren Sie die App neu, um ihn in Zendesk zu speichern.',
    fallbackUnreadable:
      'Der Verlauf in Zendesk konnte gerade nicht gelesen werden: Angezeigt wird die Kopie dieses Browsers. Beim nächsten Öffnen von Seat Review wird er erneut gelesen.',
    writeProblem: (reason: string): string => `Die heutige Überprüfung konnte nicht in den Verlauf übernommen werden: ${reason}`,
    lastSnapshotLabel: 'Letzter Snapshot:',
    snapshotSent: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, {
        one: `Gesendet: ${when}, ${kind}, ${num(accepted)} von # Teil angenommen`,
        other: `Gesendet: ${when}, ${kind}, ${num(accepted)} von # Teilen angenommen`,
      }),
    snapshotPartial: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, {
        one: `Teilweise gesendet: ${when}, ${kind}, ${num(accepted)} von # Teil angenommen`,
        other: `Teilweise gesendet: ${when}, ${kind}, ${num(accepted)} von # Teilen angenommen`,
      }),
    snapshotFailed: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, {
        one: `Senden abgebrochen: ${when}, ${kind}, ${num(accepted)} von # Teil angenommen`,
        other: `Senden abgebrochen: ${when}, ${kind}, ${num(accepted)} von # Teilen angenommen`,
      }),
    snapshotRejected: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, {
        one: `Von SaaS Management abgelehnt: ${when}, ${kind}, ${num(accepted)} von # Teil angenommen`,
        other: `Von SaaS Management abgelehnt: ${when}, ${kind}, ${num(accepted)} von # Teilen angenommen`,
      }),
    snapshotNotConfigured: (when: string, kind: string): string =>
      `Überprüft: ${when}, ${kind} – nicht gesendet, kein SaaS-Management-Endpunkt festgelegt`,
    runManual: 'manuell',
    runUnattended: 'automatisch',
    runUnknown: 'Ausführung nicht erfasst',
    ranBy: (name: string): string => `Ausgeführt von ${name}`,
    noSnapshot: 'Noch kein Snapshot gespeichert.',
    changeSince: (day: string, changes: string): string => `Seit der vorigen Überprüfung (${day}): ${changes}`,
    changePaid: (n: number, change: string): string => plural(n, { one: `${change} bezahlter Platz`, other: `${change} bezahlte Plätze` }),
    changeIdle: (n: number, change: string): string =>
      plural(n, { one: `${change} wahrscheinlich inaktiv`, other: `${change} wahrscheinlich inaktiv` }),
    changeSuspended: (n: number, change: string): string => plural(n, { one: `${change} gesperrt`, other: `${change} gesperrt` }),
    changeCost: (amount: string): string => `${amount} monatlich`,
    seriesPaid: 'Bezahlte Plätze',
    seriesIdle: 'Wahrscheinlich inaktiv',
    seriesSuspended: 'Gesperrt',
    seriesCost: 'Monatliche Kosten inaktiver und gesperrter Plätze',
    noReviewThatDay: 'An diesem Tag keine Überprüfung',
    chartRange: (days: number, from: string, to: string, reviewed: number): string =>
      plural(days, {
        one: `Plätze am ${from}: ${num(reviewed)} überprüft.`,
        other: `Plätze über # Tage, ${from} bis ${to}: ${num(reviewed)} überprüft, ${num(days - reviewed)} ohne Überprüfung.`,
      }),
    chartLatest: (day: string, paid: number, idle: number, suspended: number): string =>
      `Zuletzt, ${day}: ${num(paid)} bezahlt, ${num(idle)} wahrscheinlich inaktiv, ${num(suspended)} gesperrt.`,
    costLatest: (day: string, amount: string): string => `Inaktive und gesperrte Plätze kosten am ${day} ${amount} monatlich.`,
    showTable: 'Als Tabelle anzeigen',
    tableLabel: 'Platzverlauf nach Tag',
    reviewedDays: (reviewed: number, days: number): string =>
      plural(days, { one: `${num(reviewed)} von # Tag überprüft`, other: `${num(reviewed)} der letzten # Tage überprüft` }),
    columnDay: 'Tag',
    columnPaid: 'Bezahlt',
    columnIdle: 'Wahrscheinlich inaktiv',
    columnSuspended: 'Gesperrt',
    columnCost: 'Kosten monatlich',
    columnSnapshot: 'Snapshot',
    columnRun: 'Ausgeführt von',
    statusSent: 'Gesendet',
    statusPartial: 'Teilweise gesendet',
    statusFailed: 'Abgebrochen',
    statusRejected: 'Abgelehnt',
    statusNotConfigured: 'Nicht gesendet (kein Endpunkt)',
    none: '—',
  },
} satisfies LocaleCatalogue;
