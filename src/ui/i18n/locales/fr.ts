/** Français : the admin's language, laid over English (see ../messages.ts). Zendesk's French terms: agent light, utilisateur final, Centre d’administration. */
import type { LocaleCatalogue } from '../catalogue';
import { money, num, plural } from '../format';

/** French plurals: `one` covers 0 and 1; `many` (round millions) reads as `other`. */
const pl = (n: number, one: string, other: string): string => plural(n, { one, many: other, other });

const jours = (n: number): string => pl(n, '# jour', '# jours');
/** "du dernier jour", "des 30 derniers jours": after "au cours" or a noun. */
const derniersJours = (n: number): string => pl(n, 'du dernier jour', 'des # derniers jours');
const requetes = (n: number): string => pl(n, '# requête', '# requêtes');
const utilisateurs = (n: number): string => pl(n, '# utilisateur', '# utilisateurs');

/** " : what the service said" when it said something, else the sentence's full stop. */
const said = (detail: string): string => (detail ? ` : ${detail}` : '.');
/** Nothing after a single attempt, " après 6 tentatives" after several. */
const after = (attempts: number): string => (attempts === 1 ? '' : pl(attempts, ' après # tentative', ' après # tentatives'));

const ENDPOINT = 'URL du point de terminaison SaaS Management';

export default {
  seats: {
    classPaid: 'Siège d’agent payant',
    classLight: 'Agent light',
    classContributor: 'Contributeur',
    classChatOnly: 'Agent Chat uniquement',
    classShared: 'Agent partagé',
    ruleShared: 'Un agent partagé travaille dans un autre compte Zendesk via le partage de tickets et n’occupe aucun siège dans celui-ci.',
    ruleLight: 'Les agents light n’occupent pas de siège payant (ils sont décomptés du quota d’agents light du plan).',
    ruleContributor: 'Les contributeurs (agents Chat ajoutés à Support en tant que contributeurs) n’occupent pas de siège Support payant.',
    ruleChatOnly: 'Un agent Chat uniquement est un agent de Zendesk Chat et occupe un siège d’agent payant.',
    rulePaid: 'Les administrateurs, administrateurs de facturation, agents et agents à rôle personnalisé occupent chacun un siège d’agent payant.',
    heldWhileSuspended: 'Même suspendu, il conserve le siège jusqu’à sa rétrogradation en utilisateur final.',
    doubtLightOtherRoles:
      'Un agent light qui est aussi agent Chat, gestionnaire Guide ou éditeur/administrateur Explore occupe bien un siège ; l’API Support n’indique pas ces rôles.',
    doubtContributorExplore:
      'Un contributeur qui est aussi éditeur/administrateur Explore occupe bien un siège ; l’API Support n’indique pas ce rôle.',
    doubtChatActivity:
      'L’activité Chat n’est pas visible via l’API Support : les connexions et les interactions sur les tickets peuvent la sous-estimer.',
    doubtUnknownRoleType: (roleType: number): string =>
      `Type de rôle inconnu ${roleType} : compté comme siège payant, car tout agent en occupe un sauf indication contraire de Zendesk.`,
    neverSignedInUnknownCreated: 'Jamais connecté (date de création inconnue)',
    neverSignedIn: (createdDaysAgo: number): string => `Jamais connecté ; siège créé il y a ${jours(createdDaysAgo)}`,
    apiOnlySignIn: 'Connexion par API uniquement ? Connexion récente, mais aucune session ni interaction sur les tickets',
    noInteractions: (idleDays: number): string => `Aucune interaction sur les tickets depuis ${jours(idleDays)}`,
    noSignIn: (lastSignInDaysAgo: number, idleDays: number): string => `Aucune connexion depuis ${jours(lastSignInDaysAgo)} (seuil : ${idleDays})`,
  },

  columns: {
    columnName: 'Nom',
    columnEmail: 'E-mail',
    columnCreated: 'Créé le',
    columnLastSignIn: 'Dernière connexion',
    columnIdle: 'Inactif',
    columnSeatClass: 'Type de siège',
    columnInteractions: 'Interactions sur les tickets',
    columnLastSeen: 'Dernière activité (session)',
    columnRole: 'Rôle',
    columnRoleType: 'Type de rôle',
    columnChatOnly: 'Chat uniquement',
    columnModerator: 'Modérateur',
    columnRestrictedAgent: 'Agent restreint',
    columnShared: 'Partagé',
    columnSharedAgent: 'Agent partagé',
    columnTicketRestriction: 'Restriction des tickets',
    columnTwoFactorAuth: 'Authentification à deux facteurs',
    columnVerified: 'Vérifié',
    columnReportCsv: 'Peut exporter les rapports en CSV',
    columnSuspended: 'Suspendu',
    csvUserId: 'ID utilisateur',

    yes: 'Oui',
    no: 'Non',
    neverSignedIn: 'Jamais',
    noSession: 'Aucune session',
    exempt: 'Exempté',
    noPaidSeat: 'Aucun siège payant',
    reasonSeparator: ' ; ',
    notSet: 'non défini',

    roleAdmin: 'Administrateur',
    roleAgent: 'Agent',
    roleTypeCustom: 'Agent à rôle personnalisé',
    roleTypeLight: 'Agent light',
    roleTypeChatOnly: 'Agent Chat uniquement',
    roleTypeContributor: 'Contributeur',
    roleTypeAdmin: 'Administrateur',
    roleTypeBillingAdmin: 'Administrateur de facturation',
    roleTypeUnknown: (roleType: number): string => `Type de rôle inconnu (${roleType})`,

    restrictionOrganization: 'Organisation du demandeur',
    restrictionGroups: 'Groupes de l’agent',
    restrictionAssigned: 'Assignés à l’agent',
    restrictionRequested: 'Demandés par l’agent',
    restrictionNone: 'Aucune',
    restrictionOther: (value: string): string => `Autre (${value})`,
  },

  filters: {
    panelLabel: 'Filtres',
    any: 'Indifférent',
    anyTime: 'Toutes les dates',
    never: 'Jamais',
    withinDays: (days: number): string => pl(days, 'Au cours du dernier jour', 'Au cours des # derniers jours'),
    withinYear: 'Au cours de la dernière année',
    olderThanDays: (days: number): string => pl(days, 'Il y a plus d’un jour', 'Il y a plus de # jours'),
    olderThanYear: 'Il y a plus d’un an',
    yes: 'Oui',
    no: 'Non',
    notSet: 'Non défini',
    idle: 'Inactif',
    notIdle: 'Actif',
    exempt: 'Exempté',
    textContains: 'contient…',
    allPaid: 'Tous les sièges payants',
    noSession: 'Aucune session',
    unknown: 'Inconnu',
    interactionsNone: 'Aucune',
    interactionsSome: 'Au moins une',
    apiOnlyLabel: 'Signal « connexion par API uniquement ? »',
    hasSignal: 'Avec le signal',
    lacksSignal: 'Sans le signal',
    suspendedHide: 'Masquer les suspendus',
    suspendedAll: 'Tout afficher',
    suspendedOnly: 'Suspendus uniquement',
  },

  panel: {
    untitledUser: (id: number): string => `Utilisateur ${id}`,
    noEmail: 'Aucun e-mail',
    suspended: 'Suspendu',
    verdictExempt: 'Exempté : sur la liste d’exemption, jamais signalé comme inactif',
    verdictNoPaidSeat: 'N’occupe aucun siège payant, il n’est donc pas évalué',
    verdictIdle: 'Probablement inactif',
    verdictNotIdleWithSignal: 'Actif, avec un signal à vérifier',
    verdictNotIdle: 'Actif',
    signInOnly: 'Évalué sur la seule connexion : les interactions sur les tickets ne sont pas encore connues.',
    interactionsInWindow: (idleDays: number): string =>
      pl(idleDays, 'Interactions sur les tickets (dernier jour)', 'Interactions sur les tickets (# derniers jours)'),
    notKnownYet: 'Pas encore connu',
    openInZendesk: 'Ouvrir dans Zendesk',
    close: 'Fermer',
    openRefused: 'Zendesk n’a pas ouvert cet utilisateur. Recherchez l’e-mail dans le Centre d’administration, sous Membres de l’équipe.',
  },

  table: {
    heading: 'Revue des sièges',
    reviewScope: (host: string, idleDays: number, graceDays: number): string =>
      `${host} · ${pl(idleDays, 'inactif après # jour sans connexion', 'inactif après # jours sans connexion')} · ${pl(
        graceDays,
        'délai de grâce de # jour pour les nouveaux sièges',
        'délai de grâce de # jours pour les nouveaux sièges',
      )}`,
    reload: 'Recharger',
    loadingStopped: (loaded: number): string =>
      pl(
        loaded,
        'Chargement interrompu : # siège chargé jusqu’ici est affiché',
        'Chargement interrompu : les # sièges chargés jusqu’ici sont affichés',
      ),
    resumeLoading: 'Reprendre le chargement',
    unreadableRecords: (count: number): string =>
      pl(
        count,
        '# fiche utilisateur de Zendesk n’a pas pu être lue (aucun ID valide) et n’est pas listée.',
        '# fiches utilisateur de Zendesk n’ont pas pu être lues (aucun ID valide) et ne sont pas listées.',
      ),
    searchLabel: 'Rechercher des sièges',
    searchPlaceholder: 'Nom ou e-mail',
    filters: 'Filtres',
    filtersActive: (active: number): string => `Filtres (${num(active)})`,
    clearFilters: 'Effacer les filtres',
    exportCsv: (shown: number): string => `Exporter en CSV (${num(shown)})`,
    showingSeats: (shown: number, total: number): string =>
      pl(total, `Affichage de ${num(shown)} sur # siège`, `Affichage de ${num(shown)} sur # sièges`),
    selectedCount: (selected: number): string => pl(selected, '# sélectionné', '# sélectionnés'),
    selectLikelyIdle: 'Sélectionner tous les sièges probablement inactifs',
    clearSelection: 'Effacer la sélection',
    releaseSelected: (selected: number): string => `Libérer la sélection (${num(selected)})`,
    selectColumn: 'Sélectionner',
    selectSeat: (who: string): string => `Sélectionner ${who}`,
    columnsButton: 'Colonnes',
    columnsShown: 'Colonnes affichées',
    showAllColumns: 'Afficher toutes les colonnes',
    suspendedTag: 'Suspendu',
    idleForDays: (days: number): string => pl(days, 'Inactif · # jour', 'Inactif · # jours'),
    idleNeverSignedIn: 'Inactif · jamais connecté',
    apiOnlyTag: 'API uniquement ?',
  },

  summary: {
    summaryLabel: 'Résumé des sièges',
    seats: 'Sièges (agents et administrateurs)',
    paidSeats: 'Sièges payants',
    paidSeatsHint:
      'Administrateurs, administrateurs de facturation, agents, agents à rôle personnalisé et agents Chat uniquement ; hors agents light, contributeurs et agents partagés',
    idleSeats: 'Sièges payants probablement inactifs',
    idleSeatsHint: (idleDays: number): string =>
      pl(
        idleDays,
        'Sièges payants jamais connectés après le délai de grâce, ou sans connexion ni interaction sur les tickets depuis # jour',
        'Sièges payants jamais connectés après le délai de grâce, ou sans connexion ni interaction sur les tickets depuis # jours',
      ),
    judgedOnSignInOnly: 'évalué sur la seule connexion',
    suspendedAgents: 'Agents suspendus',
    suspendedAgentsHint: 'Les agents suspendus conservent un siège payant jusqu’à leur rétrogradation en utilisateurs finaux',
    idleCostMonthly: 'Coût mensuel des sièges inactifs',
    suspendedCostMonthly: 'Coût mensuel des sièges suspendus',
    unassignedCostMonthly: 'Coût mensuel des sièges non attribués',
    costYearly: (amount: string): string => `${amount} par an`,
    seatsPurchased: 'Sièges achetés',
    paidSeatsAssigned: 'Sièges payants attribués',
    assignedSuspended: (count: number): string => pl(count, 'dont # suspendu', 'dont # suspendus'),
    unassignedSeats: 'Sièges non attribués',
    moreAssignedThanPurchased: (count: number): string =>
      pl(count, '# attribué au-delà des sièges achetés', '# attribués au-delà des sièges achetés'),
    everySeatAssigned: 'tous les sièges achetés sont attribués',
    unassignedHeldByNobody: 'achetés mais occupés par personne',
    billingNote:
      'Zendesk facture les sièges achetés ; libérer un siège ne réduit la facture que si le propriétaire du compte réduit le nombre de sièges dans le Centre d’administration.',
    compositionLabel: 'Répartition des sièges',
    compositionActivePaid: 'Payants actifs',
    compositionIdlePaid: 'Payants inactifs',
    compositionSuspended: 'Suspendus, avec un siège payant',
    compositionLightOrContributor: 'Agents light et contributeurs',
    compositionShared: 'Partagés',
    compositionPart: (part: string, count: number): string => `${part} : ${num(count)}`,
    suspendedShown: (count: number): string =>
      pl(
        count,
        '# agent suspendu affiché — chacun conserve un siège payant jusqu’à sa rétrogradation en utilisateur final.',
        '# agents suspendus affichés — chacun conserve un siège payant jusqu’à sa rétrogradation en utilisateur final.',
      ),
    suspendedHidden: (count: number): string =>
      pl(
        count,
        '# agent suspendu masqué — chacun conserve un siège payant jusqu’à sa rétrogradation en utilisateur final.',
        '# agents suspendus masqués — chacun conserve un siège payant jusqu’à sa rétrogradation en utilisateur final.',
      ),
    showSuspended: 'Afficher les agents suspendus',
    figureLoading: 'Chargement',
    seatsWithoutSuspended: (count: number): string => pl(count, 'hors # agent suspendu', 'hors # agents suspendus'),
    suspendedHoldingPaid: (count: number): string => pl(count, 'dont # occupe un siège payant', 'dont # occupent un siège payant'),
  },

  progress: {
    loadingSeats: 'Chargement des sièges',
    seatsLoaded: (loaded: number): string => pl(loaded, '# siège chargé…', '# sièges chargés…'),
    seatsLoadedOfAbout: (loaded: number, expected: number): string =>
      pl(loaded, `# siège chargé sur environ ${num(expected)}…`, `# sièges chargés sur environ ${num(expected)}…`),

    rosterPartlyLoaded: (read: number, expected: number): string =>
      pl(
        expected,
        `${num(read)} sur # siège chargé ; le reste n’a pas pu être lu`,
        `${num(read)} sur # sièges chargés ; le reste n’a pas pu être lu`,
      ),
    rosterLoadedRestUnread: (read: number): string =>
      pl(read, '# siège chargé ; le reste n’a pas pu être lu', '# sièges chargés ; le reste n’a pas pu être lu'),
    rosterCountDisagrees: (expected: number, read: number): string =>
      `Zendesk a compté ${num(expected)} fiches, mais ses pages en ont listé ${num(read)}, même lors d’une seconde lecture.`,
    rosterFiguresLeaveOut: 'Les chiffres ci-dessous excluent ces sièges ; un instantané ne peut pas être envoyé comme complet.',
    loadAgain: 'Charger à nouveau',

    countingTicketEvents: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `Comptage des mises à jour et commentaires de tickets ${derniersJours(idleDays)} via l’export des événements de tickets de Zendesk : ` +
      `${requetes(count)} (le comptage par recherche en nécessiterait ${requetes(alternative)}), ${num(perMinute)} par minute au maximum.`,
    countingTicketEventsUpTo: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `Comptage des mises à jour et commentaires de tickets ${derniersJours(idleDays)} via l’export des événements de tickets de Zendesk : ` +
      `${requetes(count)} (le comptage par recherche en nécessiterait jusqu’à ${requetes(alternative)}), ${num(perMinute)} par minute au maximum.`,
    countingSearch: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `Comptage des tickets commentés par chaque siège payant au cours ${derniersJours(idleDays)} avec la recherche Zendesk : ${requetes(count)} ` +
      `(l’export des événements de tickets en nécessiterait environ ${requetes(alternative)}), ${num(perMinute)} par minute au maximum.`,
    sizingActivity: 'Estimation du volume d’activité des tickets à compter…',
    resumingExport: (from: string): string =>
      `Mise à jour des comptages conservés de la dernière revue : reprise de l’export des événements de tickets de Zendesk à partir du ${from}.`,
    loadingInteractions: 'Chargement des interactions sur les tickets',
    requestsDone: (done: number, total: number): string => pl(total, `${num(done)} sur # requête`, `${num(done)} sur # requêtes`),
    cancel: 'Annuler',
    sessionsUnread: (reason: string): string => `Dernière activité inconnue : les sessions n’ont pas pu être lues (${reason}).`,
    countsNotKept:
      'Ce navigateur n’a pas pu conserver les comptages d’interactions sur les tickets pour la prochaine revue (son stockage est plein ou bloqué) : la prochaine revue recomptera toute la période.',
    interactionsCancelled: 'Interactions sur les tickets non comptées (annulé)',
    interactionsFailed: 'Les interactions sur les tickets n’ont pas pu être comptées',
    interactionsUnknown: 'Les chiffres d’interactions s’affichent comme inconnus et les verdicts d’inactivité reposent sur la seule connexion.',
    countAgain: 'Compter à nouveau',
    waitRateLimited: (seconds: number): string => `Zendesk nous a demandé d’attendre ${num(seconds)} s, sa limite de débit étant atteinte`,
    waitServerError: (status: number): string => `Zendesk a rencontré une erreur serveur (${status})`,
    waitNoAnswer: 'Pas de réponse de Zendesk',
    resumingIn: (seconds: number): string => (seconds > 0 ? ` : reprise dans ${num(seconds)} s.` : ' : reprise en cours…'),
    retryingIn: (seconds: number): string => (seconds > 0 ? ` : nouvel essai dans ${num(seconds)} s.` : ' : nouvel essai en cours…'),
    timeLeftSeconds: (seconds: number): string => `temps restant : environ ${num(seconds)} s`,
    timeLeftMinutesSeconds: (minutes: number, seconds: number): string => `temps restant : environ ${num(minutes)} min ${num(seconds)} s`,
    timeLeftHoursMinutes: (hours: number, minutes: number): string => `temps restant : environ ${num(hours)} h ${num(minutes)} min`,
    timeLeftUnderAMinute: 'moins d’une minute restante',
  },

  errors: {
    aboutSeconds: (n: number): string => pl(n, 'environ # seconde', 'environ # secondes'),
    aboutMinutes: (n: number): string => pl(n, 'environ # minute', 'environ # minutes'),
    aboutHours: (n: number): string => pl(n, 'environ # heure', 'environ # heures'),
    aboutDays: (n: number): string => pl(n, 'environ # jour', 'environ # jours'),

    networkFailed: (service: string, attempts: number): string =>
      `Impossible de joindre ${service}${after(attempts)} (erreur réseau ou absence de réponse).`,
    zendeskUnauthenticated: 'Zendesk n’a pas pu authentifier cette session. Reconnectez-vous et rouvrez Seat Review.',
    credentialsRefused: (service: string, detail: string): string => `${service} a refusé les identifiants (401)${said(detail)}`,
    accessRefused: (service: string, detail: string): string => `${service} a refusé l’accès (403)${said(detail)}`,
    notFound: (service: string, url: string, detail: string): string => `${service} n’a pas trouvé ${url} (404)${said(detail)}`,
    requestRejected: (service: string, status: number, detail: string): string => `${service} a rejeté la requête (${status})${said(detail)}`,
    rateLimitStillExceeded: (service: string, attempts: number): string =>
      `La limite de débit de ${service} était toujours dépassée${after(attempts)}. Réessayez dans quelques minutes.`,
    waitRequested: (service: string): string => `${service} a demandé à Seat Review d’attendre avant sa prochaine requête.`,
    waitTooLong: (service: string, wait: string): string =>
      `${service} a demandé à Seat Review d’attendre ${wait} avant d’envoyer d’autres requêtes (sa limite de débit), plus longtemps que Seat Review ne conserve une revue. ` +
      'Ce qui a été chargé est conservé ; reprenez le chargement plus tard.',
    serverError: (service: string, status: number, attempts: number, detail: string): string =>
      `${service} a rencontré une erreur serveur (${status})${after(attempts)}${said(detail)}`,
    otherAnswer: (service: string, status: number, detail: string): string => `${service} a répondu ${status}${said(detail)}`,

    listTicketEvents: 'l’export des événements de tickets',
    listSessions: 'la liste des sessions de connexion',
    listSeats: 'la liste des sièges',
    pagingRepeatedPage: (list: string, url: string): string =>
      `La pagination de ${list} par Zendesk renvoyait à une page déjà lue (${url}). ` +
      `Seat Review s’est arrêté là au lieu de relire indéfiniment les mêmes pages : la lecture de ${list} n’est pas allée jusqu’au bout.`,
    pagingOffHostLink: (list: string, url: string): string =>
      `La pagination de ${list} par Zendesk renvoyait vers un autre site web (${url}). ` +
      `Seat Review ne l’a pas suivie : la lecture de ${list} n’est pas allée jusqu’au bout.`,
    pagingEndedEarly: (list: string, url: string): string =>
      `La pagination de ${list} par Zendesk annonçait d’autres pages sans donner de lien vers elles (${url}). ` +
      `Seat Review ne peut pas savoir où continuer : la lecture de ${list} n’est pas allée jusqu’au bout.`,
    pagingStalledExport: (list: string, url: string): string =>
      `La pagination de ${list} par Zendesk a cessé d’avancer dans le temps (${url}). ` +
      `Seat Review s’est arrêté là au lieu de relire indéfiniment la même période : la lecture de ${list} n’est pas allée jusqu’au bout.`,

    unreadableUsersPage: (url: string): string => `Zendesk a envoyé une page que Seat Review ne peut pas lire (pas de liste « users ») pour ${url}.`,
    unreadableSessionsPage: (url: string): string => `Zendesk a envoyé une page de sessions que Seat Review ne peut pas lire (${url}).`,
    unreadableTicketEventPage: (url: string): string =>
      `Zendesk a envoyé une page d’événements de tickets que Seat Review ne peut pas lire (${url}).`,
    unreadableSearchCount: (url: string): string => `Zendesk a envoyé un comptage de recherche que Seat Review ne peut pas lire (${url}).`,
    unreadableCustomRoles: (url: string): string => `Zendesk a envoyé une liste de rôles personnalisés que Seat Review ne peut pas lire (${url}).`,
    unreadableJobStatus: (url: string): string => `Zendesk a envoyé un statut de tâche en arrière-plan que Seat Review ne peut pas lire (${url}).`,
    unreadableUser: (url: string): string => `Zendesk a envoyé un utilisateur mis à jour que Seat Review ne peut pas lire (${url}).`,

    snapshotNotKept:
      'Cet instantané était trop volumineux pour être conservé dans le navigateur et ne peut donc pas être renvoyé : envoyez un nouvel instantané.',
    sendingStopped: (detail: string): string => `L’envoi s’est arrêté de manière inattendue : ${detail}`,
  },

  settings: {
    settingProblemTitle: (setting: string): string => `Vérifiez le paramètre de l’application « ${setting} »`,
    idleDaysOutOfRange: (max: number, value: string, fallback: number): string =>
      `Le seuil d’inactivité doit être un nombre entier de jours compris entre 0 et ${num(max)} ; « ${value} » a été ignoré et ${num(fallback)} utilisé.`,
    graceDaysOutOfRange: (max: number, value: string, fallback: number): string =>
      `Le délai de grâce pour les nouveaux sièges doit être un nombre entier de jours compris entre 0 et ${num(max)} ; « ${value} » a été ignoré et ${num(fallback)} utilisé.`,
    priceNotANumber: (value: string): string =>
      `Le prix mensuel par siège payant doit être un simple nombre, par exemple 55 ou 55,50 ; « ${value} » a été ignoré, les coûts ne sont donc pas affichés.`,
    currencyUnknown: (value: string, fallback: string): string =>
      `La devise du prix des sièges doit être un code de devise à trois lettres, par exemple USD, EUR ou GBP ; « ${value} » a été ignoré et ${fallback} utilisé.`,
    seatsNotANumber: (max: number, value: string): string =>
      `Le nombre de sièges achetés doit être un nombre entier compris entre 0 et ${num(max)} ; « ${value} » a été ignoré, les sièges achetés et non attribués ne sont donc pas affichés.`,
    exemptEntriesIgnored: (count: number, examples: string): string =>
      pl(
        count,
        `Utilisateurs exemptés : # entrée n’est ni un e-mail ni un ID utilisateur et a été ignorée : ${examples}.`,
        `Utilisateurs exemptés : # entrées ne sont ni des e-mails ni des ID utilisateur et ont été ignorées : ${examples}.`,
      ),
    destinationUnknown: (value: string, valid: string): string =>
      `La destination des instantanés d’utilisation doit être ${valid} ; « ${value} » n’en fait pas partie, donc aucun instantané n’est envoyé tant que ce n’est pas corrigé.`,
    destinationIdInstance: (platform: string): string =>
      `${platform} a besoin de l’ID de l’instance d’intégration qui reçoit les instantanés : aucun instantané n’est envoyé tant qu’il n’est pas défini.`,
    destinationIdAppAccount: (platform: string): string =>
      `${platform} a besoin de l’ID du compte d’application de l’intégration personnalisée qui reçoit les instantanés : aucun instantané n’est envoyé tant qu’il n’est pas défini.`,
    destinationIdApp: (platform: string): string =>
      `${platform} a besoin de l’ID de l’application qui reçoit les instantanés (créée une fois dans ${platform}) : aucun instantané n’est envoyé tant qu’il n’est pas défini.`,
    quotedEntry: (entry: string): string => `« ${entry} »`,
    moreEntries: (count: number): string => pl(count, '# autre', '# autres'),
  },

  app: {
    connecting: 'Connexion à Zendesk',
    outsideZendeskTitle: 'Ouvrez Seat Review depuis Zendesk',
    outsideZendesk:
      'Cette page est une application Zendesk. Ouvrez-la depuis l’icône Seat Review dans la barre de navigation de gauche de Zendesk Support.',
    hostSilentTitle: 'Zendesk n’a pas répondu',
    hostSilent: (seconds: number): string =>
      pl(
        seconds,
        'L’application a attendu # seconde que Zendesk l’enregistre. Rechargez la page ; si le problème persiste, réinstallez l’application.',
        'L’application a attendu # secondes que Zendesk l’enregistre. Rechargez la page ; si le problème persiste, réinstallez l’application.',
      ),
    startFailedTitle: 'Seat Review n’a pas pu démarrer',
    refusedTitle: 'Seuls les administrateurs peuvent passer en revue les sièges',
    refused: (name: string, role: string): string =>
      'Seat Review affiche le siège et l’historique de connexion de chaque agent ; il est donc réservé aux administrateurs Zendesk. ' +
      `Vous êtes connecté en tant que ${name} (${role}). Demandez à un administrateur de ce compte si vous avez besoin d’une revue des sièges.`,
    someUser: 'un utilisateur',
    noRole: 'aucun rôle',
  },

  snapshot: {
    title: 'SaaS Management',
    sendsTo: (schema: string, host: string): string =>
      `Les instantanés d’utilisation (${schema}) sont envoyés à ${host} via le proxy sécurisé de Zendesk.`,
    downloadOnly: 'Les instantanés d’utilisation peuvent toujours être téléchargés pour être importés manuellement.',
    send: 'Envoyer l’instantané',
    sendWhenFinished: 'Envoyer l’instantané à la fin de la revue',
    willSendWhenFinished: 'Sera envoyé à la fin de la revue',
    dontSend: 'Ne pas envoyer',
    downloadJson: 'Télécharger le JSON',
    downloadCsv: 'Télécharger le CSV',
    sendsToPlatform: (platform: string, target: string): string =>
      `Les instantanés d’utilisation sont envoyés à ${platform} (${target}) via le proxy sécurisé de Zendesk.`,
    zluriInstance: (id: string): string => `instance ${id}`,
    toriiAppAccount: (id: string): string => `compte d’application ${id}`,
    lumosApp: (id: string): string => `application ${id}`,
    sendTo: (platform: string): string => `Envoyer à ${platform}`,
    sendToWhenFinished: (platform: string): string => `Envoyer à ${platform} à la fin de la revue`,
    downloadFlexera: 'Télécharger pour Flexera (JSON Lines, gzip)',
    downloadZylo: 'Télécharger pour Zylo (CSV)',
    flexeraNotGzipped:
      'Ce navigateur ne sait pas compresser de fichiers : le fichier Flexera a été enregistré sans compression (.jsonl). Compressez-le avec gzip avant de l’importer dans Flexera One.',
    flexeraTooLarge: (size: string, limit: string): string =>
      `Le fichier Flexera fait ${size}, au-delà de la limite de ${limit} par fichier de Flexera One : découpez-le et importez les parties en chargements incrémentiels (un chargement complet désactive les utilisateurs absents de son fichier).`,
    historyButton: (count: number): string => `Historique (${num(count)})`,
    queuedNote: 'L’instantané sera envoyé dès que le chargement des sessions et des interactions sur les tickets sera terminé (ou annulé).',
    waitsNote:
      'Les sessions et les interactions sur les tickets sont encore en cours de chargement : un instantané envoyé maintenant les attend, afin que chaque siège indique sur quoi repose son verdict.',
    unwritableDates: (n: number): string =>
      pl(
        n,
        '# date de Zendesk se situait hors des années 0000–9999 qu’un instantané peut contenir et a été écrite comme inconnue (null).',
        '# dates de Zendesk se situaient hors des années 0000–9999 qu’un instantané peut contenir et ont été écrites comme inconnues (null).',
      ),
    sendingLabel: 'Envoi de l’instantané',
    sendingPart: (index: number, count: number): string => `Envoi de la partie ${num(index)} sur ${num(count)}…`,
    sending: 'Envoi…',

    waitRateLimited: (seconds: number): string => `SaaS Management a demandé de ralentir : nouvel essai dans ${num(seconds)} s.`,
    waitServerError: (status: number, seconds: number): string =>
      `SaaS Management a rencontré une erreur serveur (${status}) : nouvel essai dans ${num(seconds)} s.`,
    waitSyncBusy: (platform: string, seconds: number): string =>
      `${platform} exécute une autre synchronisation (409) : nouvel essai dans ${num(seconds)} s.`,
    waitNoAnswer: (seconds: number): string => `Pas de réponse de SaaS Management : nouvel essai dans ${num(seconds)} s.`,

    pendingTitle: (accepted: number, count: number): string =>
      pl(
        count,
        `Instantané pas encore envoyé : ${num(accepted)} sur # partie acceptée`,
        `Instantané pas encore envoyé : ${num(accepted)} sur # parties acceptées`,
      ),
    refusedTitle: (accepted: number, count: number): string =>
      pl(
        count,
        `SaaS Management a refusé l’instantané : ${num(accepted)} sur # partie acceptée`,
        `SaaS Management a refusé l’instantané : ${num(accepted)} sur # parties acceptées`,
      ),
    interrupted: 'L’envoi a été interrompu.',
    endpointChangedSince:
      'Le paramètre de point de terminaison SaaS Management a changé depuis le début de cet instantané. Réessayer le renvoie en entier, à partir de la partie 1, vers le nouveau point de terminaison ; sinon, choisissez Abandonner.',
    endpointChangedSinceAfter: (accepted: number): string =>
      pl(
        accepted,
        'Le paramètre de point de terminaison SaaS Management a changé depuis le début de cet instantané (# partie est allée au point de terminaison précédent). Réessayer le renvoie en entier, à partir de la partie 1, vers le nouveau point de terminaison ; sinon, choisissez Abandonner.',
        'Le paramètre de point de terminaison SaaS Management a changé depuis le début de cet instantané (# parties sont allées au point de terminaison précédent). Réessayer le renvoie en entier, à partir de la partie 1, vers le nouveau point de terminaison ; sinon, choisissez Abandonner.',
      ),
    keptNotPersistent:
      'Ce navigateur ne permet pas aux applications Zendesk de conserver des données (le stockage tiers est bloqué) : l’instantané n’est donc conservé que tant que Seat Review reste ouvert.',
    keptNoRoom: 'Conservé uniquement tant que Seat Review reste ouvert : ce navigateur manquait de place.',
    keptEndpointChanged: 'Conservé dans ce navigateur (sans le jeton) jusqu’à ce que vous choisissiez Réessayer ou Abandonner.',
    keptRefused: 'Conservé dans ce navigateur (sans le jeton) : corrigez la cause, puis choisissez Réessayer.',
    keptResent: 'Conservé dans ce navigateur (sans le jeton) et renvoyé à la prochaine ouverture de Seat Review, ou dès maintenant avec Réessayer.',
    retry: 'Réessayer',
    discard: 'Abandonner',

    // `result` is the component's marker: it stays exactly once, where the result word reads.
    lastPush: (when: string, accepted: number, count: number, result: string): string =>
      pl(
        count,
        `Dernier envoi le ${when} : ${num(accepted)} sur # partie acceptée, ${result}.`,
        `Dernier envoi le ${when} : ${num(accepted)} sur # parties acceptées, ${result}.`,
      ),
    lastPushSent: 'envoyé',
    lastPushRefused: 'refusé',
    lastPushUnfinished: 'non terminé',

    endpointMissing: (setting: string): string =>
      `Renseignez le paramètre de l’application « ${setting} » (${ENDPOINT}) pour envoyer des instantanés.`,
    endpointPlaceholder: (setting: string, value: string): string =>
      `Le paramètre de l’application « ${setting} » (${ENDPOINT}) ne doit pas contenir d’espaces réservés : « ${value} ».`,
    endpointNotUrl: (setting: string, value: string): string =>
      `Le paramètre de l’application « ${setting} » (${ENDPOINT}) n’est pas une URL absolue valide : « ${value} ».`,
    endpointCredentials: (setting: string, tokenSetting: string): string =>
      `Le paramètre de l’application « ${setting} » (${ENDPOINT}) ne doit contenir ni nom d’utilisateur ni mot de passe ; le jeton est envoyé depuis le paramètre « ${tokenSetting} ».`,
    endpointNotHttps: (setting: string, got: string): string =>
      `Le paramètre de l’application « ${setting} » (${ENDPOINT}) doit être une adresse https:// (reçu : « ${got} »).`,
    endpointNotWhitelisted: (setting: string, host: string, hosts: string): string =>
      `L’hôte du paramètre de l’application « ${setting} » (${ENDPOINT}), « ${host} », ne figure pas dans la liste des domaines autorisés de l’application (${hosts}) : Zendesk n’envoie le jeton qu’aux hôtes autorisés. Empaquetez l’application avec « npm run package -- --saas-domain ${host} » et mettez-la à jour.`,
    endpointNotWhitelistedEmpty: (setting: string, host: string): string =>
      `L’hôte du paramètre de l’application « ${setting} » (${ENDPOINT}), « ${host} », ne figure pas dans la liste des domaines autorisés de l’application (aucun hôte) : Zendesk n’envoie le jeton qu’aux hôtes autorisés. Empaquetez l’application avec « npm run package -- --saas-domain ${host} » et mettez-la à jour.`,

    tooLarge: (partUsers: number, minUsers: number): string =>
      `SaaS Management a refusé une partie de ${utilisateurs(partUsers)} car trop volumineuse (413), même avec la plus petite taille de partie (${utilisateurs(minUsers)}) : augmentez la limite de taille des requêtes du destinataire.`,
    tokenRefusedSaying: (detail: string, tokenSetting: string): string =>
      `SaaS Management n’a pas accepté le jeton (401) : ${detail}. Vérifiez le paramètre de l’application « ${tokenSetting} » et que sa portée autorise l’en-tête.`,
    tokenRefused: (tokenSetting: string): string =>
      `SaaS Management n’a pas accepté le jeton (401). Vérifiez le paramètre de l’application « ${tokenSetting} » et que sa portée autorise l’en-tête.`,

    restartEndpointChanged:
      'Le paramètre de point de terminaison SaaS Management a changé : l’instantané entier a été renvoyé à partir de la partie 1 vers le nouveau point de terminaison.',
    restartEndpointChangedAfter: (acceptedBefore: number): string =>
      pl(
        acceptedBefore,
        'Le paramètre de point de terminaison SaaS Management a changé après que # partie a été acceptée par le point de terminaison précédent : l’instantané entier a été renvoyé à partir de la partie 1 vers le nouveau point de terminaison.',
        'Le paramètre de point de terminaison SaaS Management a changé après que # parties ont été acceptées par le point de terminaison précédent : l’instantané entier a été renvoyé à partir de la partie 1 vers le nouveau point de terminaison.',
      ),
    restartSyncGone: (acceptedBefore: number): string =>
      pl(
        acceptedBefore,
        'La synchronisation Zluri à laquelle allait cet instantané était terminée après # page acceptée : une nouvelle synchronisation a été lancée et chaque page renvoyée à partir de la page 1.',
        'La synchronisation Zluri à laquelle allait cet instantané était terminée après # pages acceptées : une nouvelle synchronisation a été lancée et chaque page renvoyée à partir de la page 1.',
      ),
    restartSplit: (perPart: number): string =>
      `SaaS Management a refusé une partie car trop volumineuse (413) : l’instantané a été découpé en parties d’au plus ${utilisateurs(perPart)} et renvoyé à partir de la partie 1 sous un nouvel ID d’instantané.`,

    notKeptSent: 'Ce navigateur n’a pas pu conserver l’instantané : il a été envoyé.',
    notKeptPending:
      'Ce navigateur n’a pas pu conserver l’instantané : il ne survivra pas à un rechargement. Réessayez tant que Seat Review est ouvert, ou téléchargez-le.',
    historyNotKept: 'Ce navigateur n’a pas pu conserver l’historique des instantanés : ce qui est affiché ici ne survivra pas à un rechargement.',

    refusedRosterLoading: 'L’envoi sera possible une fois tous les sièges chargés.',
    refusedRosterFailed:
      'Non envoyé : le chargement s’est arrêté avant que tous les sièges soient chargés, il manquerait donc des sièges à l’instantané. Reprenez le chargement, puis envoyez.',
    refusedRosterIncomplete:
      'Non envoyé : Zendesk a fourni moins de sièges qu’il n’en a comptés, il manquerait donc des sièges à l’instantané. Rechargez, puis envoyez.',

    historyLabel: 'Historique des instantanés',
    historyGenerated: 'Généré le',
    historySeats: 'Sièges',
    historyIdlePaid: 'Payants inactifs',
    historySuspended: 'Suspendus',
    historyParts: 'Parties',
    historyChange: 'Évolution depuis l’instantané précédent',
    historyStatus: 'Statut',
    firstSnapshot: 'Premier instantané',
    statusSending: 'Envoi en cours',
    statusInterrupted: 'Interrompu',
    statusSent: 'Envoyé',
    statusPending: 'En attente',
    statusRefused: 'Refusé',
    statusSuperseded: 'Non envoyé (remplacé)',

    changeNewIdle: (n: number): string => pl(n, '# nouveau siège inactif', '# nouveaux sièges inactifs'),
    changeNoLongerIdle: (n: number): string => pl(n, '# n’est plus inactif', '# ne sont plus inactifs'),
    changeAdded: (n: number): string => pl(n, '# siège ajouté', '# sièges ajoutés'),
    changeGone: (n: number): string => pl(n, '# siège disparu', '# sièges disparus'),
    changeSuspended: (n: number): string => pl(n, '# nouvellement suspendu', '# nouvellement suspendus'),
    changeUnsuspended: (n: number): string => pl(n, '# n’est plus suspendu', '# ne sont plus suspendus'),
    noChange: 'Aucun changement',
    syncBusy: (platform: string, tries: number): string =>
      pl(
        tries,
        `${platform} exécutait une autre synchronisation (409) : rien de nouveau n’a été synchronisé. Choisissez Réessayer une fois qu’elle est terminée.`,
        `${platform} exécutait encore une autre synchronisation après # tentatives (409) : rien de nouveau n’a été synchronisé. Choisissez Réessayer une fois qu’elle est terminée.`,
      ),
    noSyncId: (platform: string, setting: string): string =>
      `${platform} a répondu sans l’ID de la synchronisation lancée : rien n’a été synchronisé. Réessayez ; si cela se reproduit, vérifiez le paramètre de l’application « ${setting} ».`,
    noFileId: (platform: string): string => `${platform} a répondu à l’envoi sans ID de fichier : rien n’a été synchronisé. Réessayez plus tard.`,
    syncFailed: (platform: string): string =>
      `${platform} a accepté chaque page, puis a signalé l’échec de la synchronisation : consultez la synchronisation dans ${platform} pour en connaître la raison, puis choisissez Réessayer.`,
    destinationNotWhitelisted: (platform: string, host: string, name: string): string =>
      `${platform} reçoit les instantanés à « ${host} », qui ne figure pas dans la liste blanche de domaines de l’application : Zendesk n’envoie le jeton qu’aux hôtes de cette liste. Empaquetez l’application avec « npm run package -- --destination ${name} » et mettez-la à jour.`,
    toriiFileTooLarge: (size: string, limit: string): string =>
      `Rien n’a été envoyé : les sièges forment un fichier Torii de ${size}, au-delà des ${limit} que Torii accepte en un seul envoi via le proxy de Zendesk. Envoyez plutôt à Zluri ou Lumos, qui acceptent des effectifs plus grands.`,
  },

  release: {
    // ---- the preview ----
    userById: (id: number): string => `Utilisateur ${id}`,
    previewTitleNamed: (name: string): string => `Libérer le siège de ${name}`,
    previewTitle: (count: number): string => pl(count, 'Libérer # siège', 'Libérer # sièges'),
    confirm: (count: number): string => pl(count, 'Libérer # siège', 'Libérer # sièges'),
    // The admin types the number as shown, digits only.
    typeToConfirm: (count: number): string => `Saisissez ${count} pour confirmer`,
    targetLegend: 'Rétrograder en',
    targetEndUser: 'Utilisateur final',
    targetLightAgent: 'Agent light',
    targetLightAgentNamed: (role: string): string => `Agent light (${role})`,
    endUserHint: 'Libère le siège d’agent. L’utilisateur conserve son profil et les tickets qu’il a demandés.',
    lightAgentHint: 'Libère le siège d’agent ; l’utilisateur peut toujours voir les tickets et ajouter des commentaires privés.',
    lightAgentChecking: 'Vérification de l’existence d’un rôle Agent light dans le compte…',
    lightAgentRolesFailed: 'L’option Agent light n’est pas proposée : les rôles personnalisés du compte n’ont pas pu être lus.',
    lightAgentNone: 'L’option Agent light n’est pas proposée : le compte n’a pas de rôle Agent light.',
    ticketFateEndUser:
      'Zendesk vous réassigne les tickets non clos de chaque siège, en tant qu’administrateur qui effectue la modification (ou les réassigne à un autre agent du groupe du ticket si vous n’en faites pas partie). Les tickets clos conservent leur assigné. L’utilisateur quitte ses groupes.',
    ticketFateLightAgent: 'Zendesk réassigne les tickets résolus de chaque siège et désassigne ses autres tickets non résolus.',
    openTicketsCounting: 'comptage…',
    openTicketsUnknown: 'inconnu',
    seatTicketsNone: 'aucun à déplacer',
    seatTicketsAnyReassigned: 'les éventuels tickets ouverts vous sont réassignés',
    seatTicketsAnyUnassigned: 'les éventuels tickets ouverts sont désassignés',
    seatTicketsReassigned: (count: number): string => pl(count, 'il vous est réassigné', 'tous vous sont réassignés'),
    seatTicketsUnassigned: (count: number): string => pl(count, 'il est désassigné', 'tous sont désassignés'),
    previewSeat: 'Siège',
    previewWhy: 'Pourquoi il semble inactif',
    previewTickets: 'Tickets ouverts assignés',
    previewFate: 'Ce que fait Zendesk',
    noIdleReason: 'Non signalé comme inactif',
    warningIntegrations: 'Les intégrations autorisées par l’utilisateur (autorisations OAuth, jetons d’API) peuvent cesser de fonctionner.',
    warningMacros: 'Zendesk ne documente pas ce qu’il advient des macros et des vues personnelles de l’utilisateur.',
    warningBill: 'La facture ne baisse pas tant que le propriétaire du compte n’a pas réduit le nombre de sièges dans le Centre d’administration.',
    countingFailed: (problem: string): string => `Le comptage des tickets ouverts s’est arrêté : ${problem}`,
    rolesFailed: (problem: string): string => `Les rôles personnalisés du compte n’ont pas pu être lus : ${problem}`,
    flaggedAdmin: (name: string): string => `${name} est administrateur. Libérer quand même le siège de ${name} ?`,
    flaggedExempt: (name: string): string => `${name} figure sur la liste d’exemption. Libérer quand même le siège de ${name} ?`,
    anywayNamed: (name: string): string => `Libérer quand même le siège de ${name}`,
    anyway: (count: number): string => pl(count, 'Libérer quand même # siège', 'Libérer quand même # sièges'),
    cancel: 'Annuler',
    back: 'Retour',
    closeDialog: 'Fermer',

    // ---- progress ----
    releasing: (done: number, total: number): string =>
      pl(total, `Libération de ${num(done)} sur # siège`, `Libération de ${num(done)} sur # sièges`),
    restoring: (done: number, total: number): string =>
      pl(total, `Restauration de ${num(done)} sur # siège`, `Restauration de ${num(done)} sur # sièges`),
    etaEstimating: 'Estimation du temps restant…',
    etaAlmostDone: 'Presque terminé',
    etaSeconds: (n: number): string => pl(n, 'Environ # seconde restante', 'Environ # secondes restantes'),
    etaMinutes: (n: number): string => pl(n, 'Environ # minute restante', 'Environ # minutes restantes'),
    etaHours: (n: number): string => pl(n, 'Environ # heure restante', 'Environ # heures restantes'),
    etaDays: (n: number): string => pl(n, 'Environ # jour restant', 'Environ # jours restants'),
    waitJobSlot: 'En attente de la fin de l’une de ses tâches (Zendesk en exécute au plus 30 à la fois).',
    waitTooManyJobs: 'La limite de tâches de Zendesk est atteinte ; en attente de la fin de tâches en cours.',
    waitRateLimited: 'Zendesk a demandé de ralentir (limite de débit) ; attente avant la prochaine requête.',
    waitServerError: 'Zendesk a rencontré une erreur serveur ; nouvel essai sous peu.',
    waitNetworkError: 'Pas de réponse de Zendesk ; nouvel essai sous peu.',
    jobsInFlight: (n: number): string => pl(n, '# tâche en cours', '# tâches en cours'),
    cancelRun: 'Annuler',
    cancelling: 'Annulation : aucune nouvelle tâche n’est envoyée ; les tâches déjà envoyées se terminent.',

    // ---- the report ----
    outcomeReleased: 'Libéré',
    outcomeRefused: 'Refusé',
    outcomeUnknown: 'Inconnu',
    outcomeNotAttempted: 'Non tenté',
    outcomePending: 'En attente',
    // `detail` is Zendesk's own message (in English, as Zendesk sends it).
    refusedOwner: 'Le propriétaire du compte ne peut pas être rétrogradé',
    refusedOwnerSaying: (detail: string): string => `Le propriétaire du compte ne peut pas être rétrogradé (Zendesk : ${detail})`,
    refusedChange: 'Zendesk a refusé la modification',
    refusedChangeSaying: (detail: string): string => `Zendesk a refusé la modification : ${detail}`,
    refusedForbidden: 'Zendesk n’a pas autorisé la modification (seuls les administrateurs peuvent modifier les rôles)',
    refusedForbiddenSaying: (detail: string): string =>
      `Zendesk n’a pas autorisé la modification (seuls les administrateurs peuvent modifier les rôles) : ${detail}`,
    refusedNotFound: 'Cet utilisateur n’existe plus dans Zendesk',
    refusedNotFoundSaying: (detail: string): string => `Cet utilisateur n’existe plus dans Zendesk : ${detail}`,
    refusedJobFailed: 'La tâche en arrière-plan de Zendesk a échoué',
    refusedJobFailedSaying: (detail: string): string => `La tâche en arrière-plan de Zendesk a échoué : ${detail}`,
    closedBeforeAnswer: 'Inconnu : l’application s’est fermée avant la réponse de Zendesk',
    answerUnreadable: (problem: string): string => `La réponse de Zendesk n’a pas pu être lue : ${problem}`,
    cancelledBeforeSent: 'Annulé avant l’envoi',
    restored: 'Restauré',
    restoreRefused: (reason: string): string => `Restauration refusée : ${reason}`,
    restoreUnknown: (problem: string): string => `Résultat de la restauration inconnu : ${problem}`,
    restoreNotSent: (problem: string): string => `Restauration non envoyée : ${problem}`,
    restoreCancelled: 'Restauration annulée avant l’envoi',
    countReleased: (n: number): string => pl(n, '# libéré', '# libérés'),
    countRefused: (n: number): string => pl(n, '# refusé', '# refusés'),
    countUnknown: (n: number): string => pl(n, '# inconnu', '# inconnus'),
    countNotAttempted: (n: number): string => pl(n, '# non tenté', '# non tentés'),
    countPending: (n: number): string => pl(n, '# en attente', '# en attente'),
    countRestored: (n: number): string => pl(n, '# restauré', '# restaurés'),
    reportToEndUser: (when: string, count: number): string =>
      pl(count, `${when} : # siège rétrogradé en utilisateur final`, `${when} : # sièges rétrogradés en utilisateurs finaux`),
    reportToLightAgent: (when: string, count: number): string =>
      pl(count, `${when} : # siège rétrogradé en agent light`, `${when} : # sièges rétrogradés en agents light`),
    reportToEndUserCancelled: (when: string, count: number): string =>
      pl(count, `${when} : # siège rétrogradé en utilisateur final (annulé)`, `${when} : # sièges rétrogradés en utilisateurs finaux (annulé)`),
    reportToLightAgentCancelled: (when: string, count: number): string =>
      pl(count, `${when} : # siège rétrogradé en agent light (annulé)`, `${when} : # sièges rétrogradés en agents light (annulé)`),
    reportHeading: 'Rapport de libération',
    historyHeading: 'Historique des libérations',
    historyToggle: (count: number): string => `Historique des libérations (${num(count)})`,
    reportSeat: 'Siège',
    reportOutcome: 'Résultat',
    reportTickets: 'Tickets ouverts',
    reportBefore: 'Rôle précédent',
    reportRestore: 'Restauration',
    restore: 'Restaurer',
    restoreAll: (count: number): string => `Restaurer tous les sièges libérés (${num(count)})`,
    download: 'Télécharger le CSV',
    closeReport: 'Fermer',
    releaseThisSeat: 'Libérer ce siège',
    notRestored:
      'La restauration rétablit le rôle et le rôle personnalisé du siège. Zendesk ne restaure ni les assignations de tickets ni les appartenances aux groupes : réassignez les tickets et rajoutez l’agent aux groupes manuellement.',
    notKept: 'Ce rapport n’a pas pu être conservé dans ce navigateur : téléchargez-le maintenant, sinon il sera perdu à la fermeture de Seat Review.',

    // ---- money ----
    bill: (released: number): string =>
      pl(
        released,
        'Zendesk continue de facturer ce siège jusqu’à ce que le propriétaire du compte réduise le nombre de sièges de l’abonnement dans le Centre d’administration (généralement à partir du cycle de facturation suivant). Réduisez-le de # au maximum.',
        'Zendesk continue de facturer ces # sièges jusqu’à ce que le propriétaire du compte réduise le nombre de sièges de l’abonnement dans le Centre d’administration (généralement à partir du cycle de facturation suivant). Réduisez-le de # au maximum.',
      ),
    saving: (released: number, seatPrice: number): string =>
      `À ${money(seatPrice)} par siège, le réduire de ${num(released)} permet d’économiser ${money(released * seatPrice)} par mois.`,

    // ---- idle reasons as a report keeps them ----
    keptNeverSignedIn: 'Jamais connecté',
    keptApiOnlySignIn: 'Connexion par API uniquement ?',
    keptNoSignIn: (days: number): string => pl(days, 'Aucune connexion depuis # jour ou plus', 'Aucune connexion depuis # jours ou plus'),
    keptNoInteractions: (days: number): string =>
      pl(days, 'Aucune interaction sur les tickets depuis # jour', 'Aucune interaction sur les tickets depuis # jours'),

    // ---- the report's CSV: column headers ----
    csvUserId: 'ID utilisateur',
    csvName: 'Nom',
    csvEmail: 'E-mail',
    csvOutcome: 'Résultat',
    csvReason: 'Motif',
    csvIdleReasons: 'Pourquoi il semblait inactif',
    csvOpenTickets: 'Tickets ouverts',
    csvPreviousRole: 'Rôle précédent',
    csvRestore: 'Restauration',
  },
  history: {
    title: 'Historique des sièges',
    keptInZendesk: 'Conservé dans Zendesk : tous les administrateurs voient le même historique.',
    loading: 'Chargement de l’historique des sièges…',
    empty: 'Aucune revue enregistrée pour l’instant : celle-ci sera le premier jour de l’historique.',
    fallbackTitle: 'Historique conservé dans ce navigateur uniquement',
    fallbackPlan:
      'Votre forfait Zendesk n’a pas de place pour l’objet personnalisé de l’application : les autres administrateurs et les autres navigateurs ne voient pas cet historique. Les forfaits avec objets personnalisés le conservent dans Zendesk.',
    fallbackNotInstalled:
      'Seat Review a été installé sans son objet personnalisé (Seat Review day) : les autres administrateurs et les autres navigateurs ne voient pas cet historique. Réinstallez l’application pour le conserver dans Zendesk.',
    fallbackUnreadable:
      'L’historique de Zendesk n’a pas pu être lu pour le moment : voici la copie de ce navigateur. Il sera relu à la prochaine ouverture de Seat Review.',
    writeProblem: (reason: string): string => `La revue du jour n’a pas pu être ajoutée à l’historique : ${reason}`,
    lastSnapshotLabel: 'Dernier instantané :',
    snapshotSent: (when: string, kind: string, accepted: number, parts: number): string =>
      pl(
        parts,
        `Envoyé : ${when}, ${kind}, ${num(accepted)} sur # partie acceptée`,
        `Envoyé : ${when}, ${kind}, ${num(accepted)} sur # parties acceptées`,
      ),
    snapshotPartial: (when: string, kind: string, accepted: number, parts: number): string =>
      pl(
        parts,
        `Envoyé en partie : ${when}, ${kind}, ${num(accepted)} sur # partie acceptée`,
        `Envoyé en partie : ${when}, ${kind}, ${num(accepted)} sur # parties acceptées`,
      ),
    snapshotFailed: (when: string, kind: string, accepted: number, parts: number): string =>
      pl(
        parts,
        `Envoi interrompu : ${when}, ${kind}, ${num(accepted)} sur # partie acceptée`,
        `Envoi interrompu : ${when}, ${kind}, ${num(accepted)} sur # parties acceptées`,
      ),
    snapshotRejected: (when: string, kind: string, accepted: number, parts: number): string =>
      pl(
        parts,
        `Refusé par SaaS Management : ${when}, ${kind}, ${num(accepted)} sur # partie acceptée`,
        `Refusé par SaaS Management : ${when}, ${kind}, ${num(accepted)} sur # parties acceptées`,
      ),
    snapshotNotConfigured: (when: string, kind: string): string =>
      `Revue : ${when}, ${kind} – non envoyé, aucun point de terminaison SaaS Management n’est défini`,
    runManual: 'manuel',
    runUnattended: 'automatique',
    runUnknown: 'exécution non enregistrée',
    ranBy: (name: string): string => `Lancé par ${name}`,
    noSnapshot: 'Aucun instantané enregistré pour l’instant.',
    changeSince: (day: string, changes: string): string => `Depuis la revue précédente (${day}) : ${changes}`,
    changePaid: (n: number, change: string): string =>
      plural(n, { one: `${change} siège payant`, many: `${change} sièges payants`, other: `${change} sièges payants` }),
    changeIdle: (n: number, change: string): string =>
      plural(n, { one: `${change} probablement inactif`, many: `${change} probablement inactifs`, other: `${change} probablement inactifs` }),
    changeSuspended: (n: number, change: string): string =>
      plural(n, { one: `${change} suspendu`, many: `${change} suspendus`, other: `${change} suspendus` }),
    changeCost: (amount: string): string => `${amount} par mois`,
    seriesPaid: 'Sièges payants',
    seriesIdle: 'Probablement inactifs',
    seriesSuspended: 'Suspendus',
    seriesCost: 'Coût mensuel des sièges inactifs et suspendus',
    noReviewThatDay: 'Pas de revue ce jour-là',
    chartRange: (days: number, from: string, to: string, reviewed: number): string =>
      pl(
        days,
        `Sièges le ${from} : ${num(reviewed)} revu.`,
        `Sièges sur # jours, du ${from} au ${to} : ${num(reviewed)} revus, ${num(days - reviewed)} sans revue.`,
      ),
    chartLatest: (day: string, paid: number, idle: number, suspended: number): string =>
      `Dernière revue, ${day} : ${num(paid)} payants, ${num(idle)} probablement inactifs, ${num(suspended)} suspendus.`,
    costLatest: (day: string, amount: string): string => `Le ${day}, les sièges inactifs et suspendus coûtent ${amount} par mois.`,
    showTable: 'Afficher sous forme de tableau',
    tableLabel: 'Historique des sièges par jour',
    reviewedDays: (reviewed: number, days: number): string =>
      pl(days, `${num(reviewed)} jour sur # revu`, `${num(reviewed)} des # derniers jours revus`),
    columnDay: 'Jour',
    columnPaid: 'Payants',
    columnIdle: 'Probablement inactifs',
    columnSuspended: 'Suspendus',
    columnCost: 'Coût mensuel',
    columnSnapshot: 'Instantané',
    columnRun: 'Lancé par',
    statusSent: 'Envoyé',
    statusPartial: 'Envoyé en partie',
    statusFailed: 'Interrompu',
    statusRejected: 'Refusé',
    statusNotConfigured: 'Non envoyé (aucun point de terminaison)',
    none: '—',
  },
} satisfies LocaleCatalogue;
