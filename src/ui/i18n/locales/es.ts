/** Español: the admin's language, laid over English (see ../messages.ts). Formal "usted", as Zendesk's Spanish admin pages use it. */
import type { LocaleCatalogue } from '../catalogue';
import { money, num, plural } from '../format';

const dias = (n: number): string => plural(n, { one: '# día', many: '# días', other: '# días' });
/** "en el último día", "en los últimos 30 días": a window ending today. */
const enUltimos = (n: number): string => plural(n, { one: 'en el último día', many: 'en los últimos # días', other: 'en los últimos # días' });
const solicitudes = (n: number): string => plural(n, { one: '# solicitud', many: '# solicitudes', other: '# solicitudes' });
const usuarios = (n: number): string => plural(n, { one: '# usuario', many: '# usuarios', other: '# usuarios' });

/** ": what the service said" when it said something, else the sentence's full stop. */
const said = (detail: string): string => (detail ? `: ${detail}` : '.');
/** Nothing after a single attempt, " tras 6 intentos" after several. */
const after = (attempts: number): string =>
  attempts === 1 ? '' : plural(attempts, { one: ' tras # intento', many: ' tras # intentos', other: ' tras # intentos' });

const ENDPOINT = 'URL del punto de conexión de SaaS Management';

export default {
  seats: {
    classPaid: 'Puesto de agente de pago',
    classLight: 'Agente light',
    classContributor: 'Colaborador',
    classChatOnly: 'Agente solo de chat',
    classShared: 'Agente compartido',
    ruleShared: 'Un agente compartido trabaja en otra cuenta de Zendesk mediante el uso compartido de tickets y no ocupa ningún puesto en esta.',
    ruleLight: 'Los agentes light no ocupan un puesto de pago (cuentan para el cupo de agentes light del plan).',
    ruleContributor: 'Los colaboradores (agentes de chat agregados a Support como colaboradores) no ocupan un puesto de pago de Support.',
    ruleChatOnly: 'Un agente solo de chat es un agente de Zendesk Chat y ocupa un puesto de agente de pago.',
    rulePaid:
      'Los administradores, los administradores de facturación, los agentes y los agentes con rol personalizado ocupan cada uno un puesto de agente de pago.',
    heldWhileSuspended: 'Aunque esté suspendido, sigue ocupando el puesto hasta que se cambie a usuario final.',
    doubtLightOtherRoles:
      'Un agente light que además es agente de Chat, administrador de Guide o editor/administrador de Explore sí ocupa un puesto; la API de Support no muestra esos roles.',
    doubtContributorExplore: 'Un colaborador que además es editor/administrador de Explore sí ocupa un puesto; la API de Support no muestra ese rol.',
    doubtChatActivity:
      'La actividad de Chat no es visible a través de la API de Support: los inicios de sesión y las interacciones con tickets pueden subestimarla.',
    doubtUnknownRoleType: (roleType: number): string =>
      `Tipo de rol desconocido ${roleType}: se cuenta como puesto de pago, ya que todo agente ocupa uno salvo que Zendesk indique lo contrario.`,
    neverSignedInUnknownCreated: 'Nunca ha iniciado sesión (fecha de creación desconocida)',
    neverSignedIn: (createdDaysAgo: number): string => `Nunca ha iniciado sesión; puesto creado hace ${dias(createdDaysAgo)}`,
    apiOnlySignIn: '¿Inicio de sesión solo por API? Inicio de sesión reciente, pero sin sesión ni interacción con tickets',
    noInteractions: (idleDays: number): string => `Sin interacciones con tickets ${enUltimos(idleDays)}`,
    noSignIn: (lastSignInDaysAgo: number, idleDays: number): string =>
      `Sin iniciar sesión desde hace ${dias(lastSignInDaysAgo)} (umbral: ${idleDays})`,
  },

  columns: {
    columnName: 'Nombre',
    columnEmail: 'Correo electrónico',
    columnCreated: 'Creado',
    columnLastSignIn: 'Último inicio de sesión',
    columnIdle: 'Inactivo',
    columnSeatClass: 'Tipo de puesto',
    columnInteractions: 'Interacciones con tickets',
    columnLastSeen: 'Última actividad (sesión)',
    columnRole: 'Rol',
    columnRoleType: 'Tipo de rol',
    columnChatOnly: 'Solo chat',
    columnModerator: 'Moderador',
    columnRestrictedAgent: 'Agente restringido',
    columnShared: 'Compartido',
    columnSharedAgent: 'Agente compartido',
    columnTicketRestriction: 'Restricción de tickets',
    columnTwoFactorAuth: 'Autenticación de dos factores',
    columnVerified: 'Verificado',
    columnReportCsv: 'Puede exportar informes CSV',
    columnSuspended: 'Suspendido',
    csvUserId: 'ID de usuario',

    yes: 'Sí',
    no: 'No',
    neverSignedIn: 'Nunca',
    noSession: 'Sin sesión',
    exempt: 'Exento',
    noPaidSeat: 'Sin puesto de pago',
    reasonSeparator: '; ',
    notSet: 'sin definir',

    roleAdmin: 'Administrador',
    roleAgent: 'Agente',
    roleTypeCustom: 'Agente con rol personalizado',
    roleTypeLight: 'Agente light',
    roleTypeChatOnly: 'Agente solo de chat',
    roleTypeContributor: 'Colaborador',
    roleTypeAdmin: 'Administrador',
    roleTypeBillingAdmin: 'Administrador de facturación',
    roleTypeUnknown: (roleType: number): string => `Tipo de rol desconocido (${roleType})`,

    restrictionOrganization: 'Organización del solicitante',
    restrictionGroups: 'Grupos del agente',
    restrictionAssigned: 'Asignados al agente',
    restrictionRequested: 'Solicitados por el agente',
    restrictionNone: 'Ninguna',
    restrictionOther: (value: string): string => `Otra (${value})`,
  },

  filters: {
    panelLabel: 'Filtros',
    any: 'Cualquiera',
    anyTime: 'Cualquier fecha',
    never: 'Nunca',
    withinDays: (days: number): string => plural(days, { one: 'En el último día', many: 'En los últimos # días', other: 'En los últimos # días' }),
    withinYear: 'En el último año',
    olderThanDays: (days: number): string => plural(days, { one: 'Hace más de un día', many: 'Hace más de # días', other: 'Hace más de # días' }),
    olderThanYear: 'Hace más de un año',
    yes: 'Sí',
    no: 'No',
    notSet: 'Sin definir',
    idle: 'Inactivo',
    notIdle: 'Activo',
    exempt: 'Exento',
    textContains: 'contiene…',
    allPaid: 'Todos los puestos de pago',
    noSession: 'Sin sesión',
    unknown: 'Desconocido',
    interactionsNone: 'Ninguna',
    interactionsSome: 'Al menos una',
    apiOnlyLabel: 'Señal de inicio de sesión solo por API',
    hasSignal: 'Con la señal',
    lacksSignal: 'Sin la señal',
    suspendedHide: 'Ocultar suspendidos',
    suspendedAll: 'Mostrar todos',
    suspendedOnly: 'Solo suspendidos',
  },

  panel: {
    untitledUser: (id: number): string => `Usuario ${id}`,
    noEmail: 'Sin correo electrónico',
    suspended: 'Suspendido',
    verdictExempt: 'Exento: está en la lista de exentos y nunca se marca como inactivo',
    verdictNoPaidSeat: 'No ocupa un puesto de pago, así que no se evalúa',
    verdictIdle: 'Probablemente inactivo',
    verdictNotIdleWithSignal: 'Activo, con una señal que conviene revisar',
    verdictNotIdle: 'Activo',
    signInOnly: 'Evaluado solo por el inicio de sesión: aún no se conocen las interacciones con tickets.',
    interactionsInWindow: (idleDays: number): string =>
      plural(idleDays, {
        one: 'Interacciones con tickets (último día)',
        many: 'Interacciones con tickets (últimos # días)',
        other: 'Interacciones con tickets (últimos # días)',
      }),
    notKnownYet: 'Aún no se conoce',
    openInZendesk: 'Abrir en Zendesk',
    close: 'Cerrar',
    openRefused: 'Zendesk no abrió este usuario. Busque el correo electrónico en el Centro de administración, en Miembros del equipo.',
  },

  table: {
    heading: 'Revisión de puestos',
    reviewScope: (host: string, idleDays: number, graceDays: number): string =>
      `${host} · ${plural(idleDays, {
        one: 'inactivo tras # día sin iniciar sesión',
        many: 'inactivo tras # días sin iniciar sesión',
        other: 'inactivo tras # días sin iniciar sesión',
      })} · ${plural(graceDays, {
        one: '# día de gracia para puestos nuevos',
        many: '# días de gracia para puestos nuevos',
        other: '# días de gracia para puestos nuevos',
      })}`,
    reload: 'Volver a cargar',
    loadingStopped: (loaded: number): string =>
      plural(loaded, {
        one: 'Carga detenida: se muestra el # puesto cargado hasta ahora',
        many: 'Carga detenida: se muestran los # puestos cargados hasta ahora',
        other: 'Carga detenida: se muestran los # puestos cargados hasta ahora',
      }),
    resumeLoading: 'Reanudar la carga',
    unreadableRecords: (count: number): string =>
      plural(count, {
        one: 'No se pudo leer # registro de usuario de Zendesk (sin ID válido) y no aparece en la lista.',
        many: 'No se pudieron leer # registros de usuario de Zendesk (sin ID válido) y no aparecen en la lista.',
        other: 'No se pudieron leer # registros de usuario de Zendesk (sin ID válido) y no aparecen en la lista.',
      }),
    searchLabel: 'Buscar puestos',
    searchPlaceholder: 'Nombre o correo electrónico',
    filters: 'Filtros',
    filtersActive: (active: number): string => `Filtros (${num(active)})`,
    clearFilters: 'Borrar filtros',
    exportCsv: (shown: number): string => `Exportar CSV (${num(shown)})`,
    showingSeats: (shown: number, total: number): string =>
      plural(total, {
        one: `Mostrando ${num(shown)} de # puesto`,
        many: `Mostrando ${num(shown)} de # puestos`,
        other: `Mostrando ${num(shown)} de # puestos`,
      }),
    selectedCount: (selected: number): string =>
      plural(selected, { one: `${num(selected)} seleccionado`, many: `${num(selected)} seleccionados`, other: `${num(selected)} seleccionados` }),
    selectLikelyIdle: 'Seleccionar todos los probablemente inactivos',
    clearSelection: 'Borrar selección',
    releaseSelected: (selected: number): string => `Liberar seleccionados (${num(selected)})`,
    selectColumn: 'Seleccionar',
    selectSeat: (who: string): string => `Seleccionar ${who}`,
    columnsButton: 'Columnas',
    columnsShown: 'Columnas mostradas',
    showAllColumns: 'Mostrar todas las columnas',
    suspendedTag: 'Suspendido',
    idleForDays: (days: number): string => `Inactivo · ${dias(days)}`,
    idleNeverSignedIn: 'Inactivo · nunca inició sesión',
    apiOnlyTag: '¿Solo API?',
  },

  summary: {
    summaryLabel: 'Resumen de puestos',
    seats: 'Puestos (agentes y administradores)',
    paidSeats: 'Puestos de pago',
    paidSeatsHint:
      'Administradores, administradores de facturación, agentes, agentes con rol personalizado y agentes solo de chat; no agentes light, colaboradores ni agentes compartidos',
    idleSeats: 'Puestos de pago probablemente inactivos',
    idleSeatsHint: (idleDays: number): string =>
      plural(idleDays, {
        one: 'Puestos de pago que nunca iniciaron sesión tras el período de gracia, o sin inicio de sesión ni interacción con tickets en # día',
        many: 'Puestos de pago que nunca iniciaron sesión tras el período de gracia, o sin inicio de sesión ni interacción con tickets en # días',
        other: 'Puestos de pago que nunca iniciaron sesión tras el período de gracia, o sin inicio de sesión ni interacción con tickets en # días',
      }),
    judgedOnSignInOnly: 'evaluado solo por el inicio de sesión',
    suspendedAgents: 'Agentes suspendidos',
    suspendedAgentsHint: 'Los agentes suspendidos siguen ocupando un puesto de pago hasta que se cambian a usuarios finales',
    idleCostMonthly: 'Los puestos inactivos cuestan al mes',
    suspendedCostMonthly: 'Los puestos suspendidos cuestan al mes',
    unassignedCostMonthly: 'Los puestos sin asignar cuestan al mes',
    costYearly: (amount: string): string => `${amount} al año`,
    seatsPurchased: 'Puestos comprados',
    paidSeatsAssigned: 'Puestos de pago asignados',
    assignedSuspended: (count: number): string =>
      plural(count, { one: '# de ellos suspendido', many: '# de ellos suspendidos', other: '# de ellos suspendidos' }),
    unassignedSeats: 'Puestos sin asignar',
    moreAssignedThanPurchased: (count: number): string =>
      plural(count, {
        one: '# asignado más de los comprados',
        many: '# asignados más de los comprados',
        other: '# asignados más de los comprados',
      }),
    everySeatAssigned: 'todos los puestos comprados están asignados',
    unassignedHeldByNobody: 'comprados, pero nadie los ocupa',
    billingNote:
      'Zendesk factura los puestos comprados; liberar un puesto solo reduce la factura cuando el propietario de la cuenta reduce el número de puestos en el Centro de administración.',
    compositionLabel: 'Composición de puestos',
    compositionActivePaid: 'De pago activos',
    compositionIdlePaid: 'De pago inactivos',
    compositionSuspended: 'Suspendidos, con puesto de pago',
    compositionLightOrContributor: 'Agentes light y colaboradores',
    compositionShared: 'Compartidos',
    compositionPart: (part: string, count: number): string => `${part}: ${num(count)}`,
    suspendedShown: (count: number): string =>
      plural(count, {
        one: 'Se muestra # agente suspendido: sigue ocupando un puesto de pago hasta que se cambie a usuario final.',
        many: 'Se muestran # agentes suspendidos: cada uno sigue ocupando un puesto de pago hasta que se cambie a usuario final.',
        other: 'Se muestran # agentes suspendidos: cada uno sigue ocupando un puesto de pago hasta que se cambie a usuario final.',
      }),
    suspendedHidden: (count: number): string =>
      plural(count, {
        one: 'Hay # agente suspendido oculto: sigue ocupando un puesto de pago hasta que se cambie a usuario final.',
        many: 'Hay # agentes suspendidos ocultos: cada uno sigue ocupando un puesto de pago hasta que se cambie a usuario final.',
        other: 'Hay # agentes suspendidos ocultos: cada uno sigue ocupando un puesto de pago hasta que se cambie a usuario final.',
      }),
    showSuspended: 'Mostrar agentes suspendidos',
    figureLoading: 'Cargando',
    seatsWithoutSuspended: (count: number): string =>
      plural(count, { one: 'sin contar # agente suspendido', many: 'sin contar # agentes suspendidos', other: 'sin contar # agentes suspendidos' }),
    suspendedHoldingPaid: (count: number): string =>
      plural(count, {
        one: '# de ellos ocupa un puesto de pago',
        many: '# de ellos ocupan un puesto de pago',
        other: '# de ellos ocupan un puesto de pago',
      }),
  },

  progress: {
    loadingSeats: 'Cargando puestos',
    seatsLoaded: (loaded: number): string => plural(loaded, { one: '# puesto cargado…', many: '# puestos cargados…', other: '# puestos cargados…' }),
    seatsLoadedOfAbout: (loaded: number, expected: number): string =>
      plural(loaded, {
        one: `# puesto cargado de unos ${num(expected)}…`,
        many: `# puestos cargados de unos ${num(expected)}…`,
        other: `# puestos cargados de unos ${num(expected)}…`,
      }),

    rosterPartlyLoaded: (read: number, expected: number): string =>
      plural(expected, {
        one: `Se cargaron ${num(read)} de # puesto; el resto no se pudo leer`,
        many: `Se cargaron ${num(read)} de # puestos; el resto no se pudo leer`,
        other: `Se cargaron ${num(read)} de # puestos; el resto no se pudo leer`,
      }),
    rosterLoadedRestUnread: (read: number): string =>
      plural(read, {
        one: 'Se cargó # puesto; el resto no se pudo leer',
        many: 'Se cargaron # puestos; el resto no se pudo leer',
        other: 'Se cargaron # puestos; el resto no se pudo leer',
      }),
    rosterCountDisagrees: (expected: number, read: number): string =>
      `Zendesk contó ${num(expected)} registros, pero sus páginas enumeraron ${num(read)}, incluso al leerlas por segunda vez.`,
    rosterFiguresLeaveOut: 'Las cifras siguientes no incluyen esos puestos; no se puede enviar una instantánea como completa.',
    loadAgain: 'Cargar de nuevo',

    countingTicketEvents: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `Contando las actualizaciones y los comentarios de tickets ${enUltimos(idleDays)} con la exportación de eventos de tickets de Zendesk: ` +
      `${solicitudes(count)} (los recuentos por búsqueda necesitarían ${solicitudes(alternative)}), como máximo ${num(perMinute)} por minuto.`,
    countingTicketEventsUpTo: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `Contando las actualizaciones y los comentarios de tickets ${enUltimos(idleDays)} con la exportación de eventos de tickets de Zendesk: ` +
      `${solicitudes(count)} (los recuentos por búsqueda necesitarían hasta ${solicitudes(alternative)}), como máximo ${num(perMinute)} por minuto.`,
    countingSearch: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `Contando los tickets que cada puesto de pago comentó ${enUltimos(idleDays)} con la búsqueda de Zendesk: ${solicitudes(count)} ` +
      `(la exportación de eventos de tickets necesitaría aproximadamente ${solicitudes(alternative)}), como máximo ${num(perMinute)} por minuto.`,
    sizingActivity: 'Calculando el volumen de actividad de tickets que hay que contar…',
    resumingExport: (from: string): string =>
      `Actualizando los recuentos guardados de la revisión anterior: se reanuda la exportación de eventos de tickets de Zendesk desde ${from}.`,
    loadingInteractions: 'Cargando interacciones con tickets',
    requestsDone: (done: number, total: number): string =>
      plural(total, { one: `${num(done)} de # solicitud`, many: `${num(done)} de # solicitudes`, other: `${num(done)} de # solicitudes` }),
    cancel: 'Cancelar',
    sessionsUnread: (reason: string): string => `No se conoce la última actividad: no se pudieron leer las sesiones (${reason}).`,
    countsNotKept:
      'Este navegador no pudo guardar los recuentos de interacciones con tickets para la próxima revisión (su almacenamiento está lleno o bloqueado): la próxima revisión volverá a contar todo el período.',
    interactionsCancelled: 'Interacciones con tickets sin contar (cancelado)',
    interactionsFailed: 'No se pudieron contar las interacciones con tickets',
    interactionsUnknown: 'Las cifras de interacciones aparecen como desconocidas y la evaluación de inactividad se basa solo en el inicio de sesión.',
    countAgain: 'Volver a contar',
    waitRateLimited: (seconds: number): string => `Zendesk nos pidió esperar ${num(seconds)} s al alcanzarse su límite de solicitudes`,
    waitServerError: (status: number): string => `Zendesk tuvo un error de servidor (${status})`,
    waitNoAnswer: 'Sin respuesta de Zendesk',
    resumingIn: (seconds: number): string => (seconds > 0 ? `: se reanudará en ${num(seconds)} s.` : ': reanudando…'),
    retryingIn: (seconds: number): string => (seconds > 0 ? `: se volverá a intentar en ${num(seconds)} s.` : ': reintentando…'),
    timeLeftSeconds: (seconds: number): string => `quedan unos ${num(seconds)} s`,
    timeLeftMinutesSeconds: (minutes: number, seconds: number): string => `quedan unos ${num(minutes)} min ${num(seconds)} s`,
    timeLeftHoursMinutes: (hours: number, minutes: number): string => `quedan unas ${num(hours)} h ${num(minutes)} min`,
    timeLeftUnderAMinute: 'queda menos de un minuto',
  },

  errors: {
    aboutSeconds: (n: number): string =>
      plural(n, { one: 'aproximadamente # segundo', many: 'aproximadamente # segundos', other: 'aproximadamente # segundos' }),
    aboutMinutes: (n: number): string =>
      plural(n, { one: 'aproximadamente # minuto', many: 'aproximadamente # minutos', other: 'aproximadamente # minutos' }),
    aboutHours: (n: number): string =>
      plural(n, { one: 'aproximadamente # hora', many: 'aproximadamente # horas', other: 'aproximadamente # horas' }),
    aboutDays: (n: number): string => plural(n, { one: 'aproximadamente # día', many: 'aproximadamente # días', other: 'aproximadamente # días' }),

    networkFailed: (service: string, attempts: number): string =>
      `No se pudo conectar con ${service}${after(attempts)} (error de red o sin respuesta).`,
    zendeskUnauthenticated: 'Zendesk no pudo autenticar esta sesión. Vuelva a iniciar sesión y abra de nuevo Seat Review.',
    credentialsRefused: (service: string, detail: string): string => `${service} rechazó las credenciales (401)${said(detail)}`,
    accessRefused: (service: string, detail: string): string => `${service} denegó el acceso (403)${said(detail)}`,
    notFound: (service: string, url: string, detail: string): string => `${service} no encontró ${url} (404)${said(detail)}`,
    requestRejected: (service: string, status: number, detail: string): string => `${service} rechazó la solicitud (${status})${said(detail)}`,
    rateLimitStillExceeded: (service: string, attempts: number): string =>
      `Se seguía superando el límite de solicitudes de ${service}${after(attempts)}. Vuelva a intentarlo en unos minutos.`,
    waitRequested: (service: string): string => `${service} pidió a Seat Review que esperara antes de su siguiente solicitud.`,
    waitTooLong: (service: string, wait: string): string =>
      `${service} pidió a Seat Review que esperara ${wait} antes de enviar más solicitudes (su límite de solicitudes), más de lo que Seat Review mantiene una revisión. ` +
      'Se conserva lo que ya se cargó; reanude la carga más tarde.',
    serverError: (service: string, status: number, attempts: number, detail: string): string =>
      `${service} tuvo un error del servidor (${status})${after(attempts)}${said(detail)}`,
    otherAnswer: (service: string, status: number, detail: string): string => `${service} respondió ${status}${said(detail)}`,

    listTicketEvents: 'la exportación de eventos de tickets',
    listSessions: 'la lista de sesiones de inicio de sesión',
    listSeats: 'la lista de puestos',
    pagingRepeatedPage: (list: string, url: string): string =>
      `La paginación de Zendesk para ${list} volvió a apuntar a una página ya leída (${url}). ` +
      `Seat Review se detuvo ahí en lugar de leer las mismas páginas indefinidamente: no se leyó ${list} hasta el final.`,
    pagingOffHostLink: (list: string, url: string): string =>
      `La paginación de Zendesk para ${list} apuntó a otro sitio web (${url}). Seat Review no siguió el enlace: no se leyó ${list} hasta el final.`,
    pagingEndedEarly: (list: string, url: string): string =>
      `La paginación de Zendesk para ${list} indicaba que había más páginas, pero no dio ningún enlace a ellas (${url}). ` +
      `Seat Review no puede saber dónde continuar: no se leyó ${list} hasta el final.`,
    pagingStalledExport: (list: string, url: string): string =>
      `La paginación de Zendesk para ${list} dejó de avanzar en el tiempo (${url}). ` +
      `Seat Review se detuvo ahí en lugar de leer el mismo intervalo de tiempo indefinidamente: no se leyó ${list} hasta el final.`,

    unreadableUsersPage: (url: string): string => `Zendesk envió una página que Seat Review no puede leer (sin lista "users") para ${url}.`,
    unreadableSessionsPage: (url: string): string => `Zendesk envió una página de sesiones que Seat Review no puede leer (${url}).`,
    unreadableTicketEventPage: (url: string): string => `Zendesk envió una página de eventos de tickets que Seat Review no puede leer (${url}).`,
    unreadableSearchCount: (url: string): string => `Zendesk envió un recuento de búsqueda que Seat Review no puede leer (${url}).`,
    unreadableCustomRoles: (url: string): string => `Zendesk envió una lista de roles personalizados que Seat Review no puede leer (${url}).`,
    unreadableJobStatus: (url: string): string => `Zendesk envió un estado de trabajo en segundo plano que Seat Review no puede leer (${url}).`,
    unreadableUser: (url: string): string => `Zendesk envió un usuario actualizado que Seat Review no puede leer (${url}).`,

    snapshotNotKept:
      'Esta instantánea era demasiado grande para guardarla en el navegador, así que no se puede volver a enviar: envíe una instantánea nueva.',
    sendingStopped: (detail: string): string => `El envío se detuvo de forma inesperada: ${detail}`,
  },

  settings: {
    settingProblemTitle: (setting: string): string => `Revise la configuración de la aplicación "${setting}"`,
    idleDaysOutOfRange: (max: number, value: string, fallback: number): string =>
      `El umbral de inactividad debe ser un número entero de días entre 0 y ${num(max)}; se ignoró "${value}" y se usó ${num(fallback)}.`,
    graceDaysOutOfRange: (max: number, value: string, fallback: number): string =>
      `El período de gracia para puestos nuevos debe ser un número entero de días entre 0 y ${num(max)}; se ignoró "${value}" y se usó ${num(fallback)}.`,
    priceNotANumber: (value: string): string =>
      `El precio mensual por puesto de pago debe ser un número simple, como 55 o 55,50; se ignoró "${value}", así que no se muestran los costos.`,
    currencyUnknown: (value: string, fallback: string): string =>
      `La moneda del precio por puesto debe ser un código de moneda de tres letras, como USD, EUR o GBP; se ignoró "${value}" y se usó ${fallback}.`,
    seatsNotANumber: (max: number, value: string): string =>
      `Los puestos comprados deben ser un número entero entre 0 y ${num(max)}; se ignoró "${value}", así que no se muestran los puestos comprados ni los puestos sin asignar.`,
    exemptEntriesIgnored: (count: number, examples: string): string =>
      plural(count, {
        one: `Usuarios exentos: # entrada no es ni un correo electrónico ni un ID de usuario y se ignoró: ${examples}.`,
        many: `Usuarios exentos: # entradas no son ni un correo electrónico ni un ID de usuario y se ignoraron: ${examples}.`,
        other: `Usuarios exentos: # entradas no son ni un correo electrónico ni un ID de usuario y se ignoraron: ${examples}.`,
      }),
    destinationUnknown: (value: string, valid: string): string =>
      `El destino de las instantáneas de uso debe ser ${valid}; "${value}" no es ninguno de ellos, así que no se envía ninguna instantánea hasta que se corrija.`,
    destinationIdInstance: (platform: string): string =>
      `${platform} necesita el ID de la instancia de integración que recibe las instantáneas: no se envía ninguna instantánea hasta que se configure.`,
    destinationIdAppAccount: (platform: string): string =>
      `${platform} necesita el ID de la cuenta de aplicación de la integración personalizada que recibe las instantáneas: no se envía ninguna instantánea hasta que se configure.`,
    destinationIdApp: (platform: string): string =>
      `${platform} necesita el ID de la aplicación que recibe las instantáneas (creada una vez en ${platform}): no se envía ninguna instantánea hasta que se configure.`,
    quotedEntry: (entry: string): string => `"${entry}"`,
    moreEntries: (count: number): string => plural(count, { one: '# más', many: '# más', other: '# más' }),
  },

  app: {
    connecting: 'Conectando con Zendesk',
    outsideZendeskTitle: 'Abra Seat Review desde Zendesk',
    outsideZendesk:
      'Esta página es una aplicación de Zendesk. Ábrala desde el icono de Seat Review en la barra de navegación izquierda de Zendesk Support.',
    hostSilentTitle: 'Zendesk no respondió',
    hostSilent: (seconds: number): string =>
      plural(seconds, {
        one: 'La aplicación esperó # segundo a que Zendesk la registrara. Vuelva a cargar la página; si sigue ocurriendo, reinstale la aplicación.',
        many: 'La aplicación esperó # segundos a que Zendesk la registrara. Vuelva a cargar la página; si sigue ocurriendo, reinstale la aplicación.',
        other:
          'La aplicación esperó # segundos a que Zendesk la registrara. Vuelva a cargar la página; si sigue ocurriendo, reinstale la aplicación.',
      }),
    startFailedTitle: 'No se pudo iniciar Seat Review',
    refusedTitle: 'Solo los administradores pueden revisar los puestos',
    refused: (name: string, role: string): string =>
      'Seat Review muestra el puesto y el historial de inicios de sesión de cada agente, por lo que solo está disponible para los administradores de Zendesk. ' +
      `Ha iniciado sesión como ${name} (${role}). Si necesita una revisión de puestos, pídasela a un administrador de esta cuenta.`,
    someUser: 'un usuario',
    noRole: 'sin rol',
  },

  snapshot: {
    title: 'SaaS Management',
    sendsTo: (schema: string, host: string): string =>
      `Las instantáneas de uso (${schema}) se envían a ${host} a través del proxy seguro de Zendesk.`,
    downloadOnly: 'Las instantáneas de uso se pueden descargar igualmente para subirlas.',
    send: 'Enviar instantánea',
    sendWhenFinished: 'Enviar instantánea cuando termine la revisión',
    willSendWhenFinished: 'Se enviará cuando termine la revisión',
    dontSend: 'No enviar',
    downloadJson: 'Descargar JSON',
    downloadCsv: 'Descargar CSV',
    sendsToPlatform: (platform: string, target: string): string =>
      `Las instantáneas de uso se envían a ${platform} (${target}) a través del proxy seguro de Zendesk.`,
    zluriInstance: (id: string): string => `instancia ${id}`,
    toriiAppAccount: (id: string): string => `cuenta de aplicación ${id}`,
    lumosApp: (id: string): string => `aplicación ${id}`,
    sendTo: (platform: string): string => `Enviar a ${platform}`,
    sendToWhenFinished: (platform: string): string => `Enviar a ${platform} cuando termine la revisión`,
    downloadFlexera: 'Descargar para Flexera (JSON Lines, gzip)',
    downloadZylo: 'Descargar para Zylo (CSV)',
    flexeraNotGzipped:
      'Este navegador no puede comprimir archivos, así que el archivo de Flexera se guardó sin comprimir (.jsonl): comprímalo con gzip antes de subirlo a Flexera One.',
    flexeraTooLarge: (size: string, limit: string): string =>
      `El archivo de Flexera ocupa ${size}, más que el límite de ${limit} por archivo de Flexera One: divídalo y suba las partes como cargas incrementales (una carga completa desactiva a los usuarios que faltan en su archivo).`,
    historyButton: (count: number): string => `Historial (${num(count)})`,
    queuedNote: 'La instantánea se enviará en cuanto terminen de cargarse las sesiones y las interacciones con tickets (o se cancelen).',
    waitsNote:
      'Las sesiones y las interacciones con tickets aún se están cargando: una instantánea enviada ahora las espera, para que cada puesto indique en qué se basa su evaluación.',
    unwritableDates: (n: number): string =>
      plural(n, {
        one: '# fecha de Zendesk estaba fuera de los años 0000–9999 que admite una instantánea y se escribió como desconocida (null).',
        many: '# fechas de Zendesk estaban fuera de los años 0000–9999 que admite una instantánea y se escribieron como desconocidas (null).',
        other: '# fechas de Zendesk estaban fuera de los años 0000–9999 que admite una instantánea y se escribieron como desconocidas (null).',
      }),
    sendingLabel: 'Enviando instantánea',
    sendingPart: (index: number, count: number): string => `Enviando la parte ${num(index)} de ${num(count)}…`,
    sending: 'Enviando…',

    waitRateLimited: (seconds: number): string => `SaaS Management pidió reducir el ritmo: se volverá a intentar en ${num(seconds)} s.`,
    waitServerError: (status: number, seconds: number): string =>
      `SaaS Management tuvo un error del servidor (${status}): se volverá a intentar en ${num(seconds)} s.`,
    waitSyncBusy: (platform: string, seconds: number): string =>
      `${platform} está ejecutando otra sincronización (409): se vuelve a intentar en ${num(seconds)} s.`,
    waitNoAnswer: (seconds: number): string => `Sin respuesta de SaaS Management: se volverá a intentar en ${num(seconds)} s.`,

    pendingTitle: (accepted: number, count: number): string =>
      plural(count, {
        one: `Instantánea aún no enviada: ${num(accepted)} de # parte aceptada`,
        many: `Instantánea aún no enviada: ${num(accepted)} de # partes aceptadas`,
        other: `Instantánea aún no enviada: ${num(accepted)} de # partes aceptadas`,
      }),
    refusedTitle: (accepted: number, count: number): string =>
      plural(count, {
        one: `SaaS Management rechazó la instantánea: ${num(accepted)} de # parte aceptada`,
        many: `SaaS Management rechazó la instantánea: ${num(accepted)} de # partes aceptadas`,
        other: `SaaS Management rechazó la instantánea: ${num(accepted)} de # partes aceptadas`,
      }),
    interrupted: 'Se interrumpió el envío.',
    // "Reintentar" and "Descartar" name the buttons below.
    endpointChangedSince:
      'La configuración del punto de conexión de SaaS Management cambió desde que se inició esta instantánea. Reintentar la envía completa, desde la parte 1, al nuevo punto de conexión; Descartar la elimina.',
    endpointChangedSinceAfter: (accepted: number): string =>
      plural(accepted, {
        one: 'La configuración del punto de conexión de SaaS Management cambió desde que se inició esta instantánea (# parte se envió al punto de conexión anterior). Reintentar la envía completa, desde la parte 1, al nuevo punto de conexión; Descartar la elimina.',
        many: 'La configuración del punto de conexión de SaaS Management cambió desde que se inició esta instantánea (# partes se enviaron al punto de conexión anterior). Reintentar la envía completa, desde la parte 1, al nuevo punto de conexión; Descartar la elimina.',
        other:
          'La configuración del punto de conexión de SaaS Management cambió desde que se inició esta instantánea (# partes se enviaron al punto de conexión anterior). Reintentar la envía completa, desde la parte 1, al nuevo punto de conexión; Descartar la elimina.',
      }),
    keptNotPersistent:
      'Este navegador no permite que las aplicaciones de Zendesk guarden datos (el almacenamiento de terceros está bloqueado), así que solo se conserva mientras Seat Review siga abierto.',
    keptNoRoom: 'Se conserva solo mientras Seat Review siga abierto: este navegador no tenía espacio para guardarla.',
    keptEndpointChanged: 'Se guarda en este navegador (sin el token) hasta que pulse Reintentar o Descartar.',
    keptRefused: 'Se guarda en este navegador (sin el token): corrija la causa y pulse Reintentar.',
    keptResent: 'Se guarda en este navegador (sin el token) y se volverá a enviar la próxima vez que se abra Seat Review, o ahora con Reintentar.',
    retry: 'Reintentar',
    discard: 'Descartar',

    // `result` stands for a coloured word (lastPushSent...): it must appear exactly once.
    lastPush: (when: string, accepted: number, count: number, result: string): string =>
      plural(count, {
        one: `Último envío, ${when}: ${num(accepted)} de # parte aceptada; ${result}.`,
        many: `Último envío, ${when}: ${num(accepted)} de # partes aceptadas; ${result}.`,
        other: `Último envío, ${when}: ${num(accepted)} de # partes aceptadas; ${result}.`,
      }),
    lastPushSent: 'enviado',
    lastPushRefused: 'rechazado',
    lastPushUnfinished: 'sin terminar',

    endpointMissing: (setting: string): string => `Defina la configuración de la aplicación "${setting}" (${ENDPOINT}) para enviar instantáneas.`,
    endpointPlaceholder: (setting: string, value: string): string =>
      `La configuración de la aplicación "${setting}" (${ENDPOINT}) no puede contener marcadores de posición: "${value}".`,
    endpointNotUrl: (setting: string, value: string): string =>
      `La configuración de la aplicación "${setting}" (${ENDPOINT}) no es una URL absoluta válida: "${value}".`,
    endpointCredentials: (setting: string, tokenSetting: string): string =>
      `La configuración de la aplicación "${setting}" (${ENDPOINT}) no puede incluir un nombre de usuario ni una contraseña; el token se envía desde la configuración "${tokenSetting}".`,
    endpointNotHttps: (setting: string, got: string): string =>
      `La configuración de la aplicación "${setting}" (${ENDPOINT}) debe ser una dirección https:// (se recibió "${got}").`,
    endpointNotWhitelisted: (setting: string, host: string, hosts: string): string =>
      `El nombre de host de la configuración de la aplicación "${setting}" (${ENDPOINT}), "${host}", no está en la lista de dominios permitidos de la aplicación (${hosts}): Zendesk solo envía el token a los hosts permitidos. Empaquete la aplicación con "npm run package -- --saas-domain ${host}" y actualícela.`,
    endpointNotWhitelistedEmpty: (setting: string, host: string): string =>
      `El nombre de host de la configuración de la aplicación "${setting}" (${ENDPOINT}), "${host}", no está en la lista de dominios permitidos de la aplicación (ningún host): Zendesk solo envía el token a los hosts permitidos. Empaquete la aplicación con "npm run package -- --saas-domain ${host}" y actualícela.`,

    tooLarge: (partUsers: number, minUsers: number): string =>
      `SaaS Management rechazó por demasiado grande (413) una parte de ${usuarios(partUsers)}, incluso con el tamaño de parte más pequeño (${usuarios(minUsers)}): aumente el límite de tamaño de solicitud del receptor.`,
    tokenRefusedSaying: (detail: string, tokenSetting: string): string =>
      `SaaS Management no aceptó el token (401): ${detail}. Revise la configuración de la aplicación "${tokenSetting}" y que su ámbito permita el encabezado.`,
    tokenRefused: (tokenSetting: string): string =>
      `SaaS Management no aceptó el token (401). Revise la configuración de la aplicación "${tokenSetting}" y que su ámbito permita el encabezado.`,

    restartEndpointChanged:
      'La configuración del punto de conexión de SaaS Management cambió: la instantánea completa se volvió a enviar desde la parte 1 al nuevo punto de conexión.',
    restartEndpointChangedAfter: (acceptedBefore: number): string =>
      plural(acceptedBefore, {
        one: 'La configuración del punto de conexión de SaaS Management cambió después de que el punto de conexión anterior aceptara # parte: la instantánea completa se volvió a enviar desde la parte 1 al nuevo punto de conexión.',
        many: 'La configuración del punto de conexión de SaaS Management cambió después de que el punto de conexión anterior aceptara # partes: la instantánea completa se volvió a enviar desde la parte 1 al nuevo punto de conexión.',
        other:
          'La configuración del punto de conexión de SaaS Management cambió después de que el punto de conexión anterior aceptara # partes: la instantánea completa se volvió a enviar desde la parte 1 al nuevo punto de conexión.',
      }),
    restartSyncGone: (acceptedBefore: number): string =>
      plural(acceptedBefore, {
        one: 'La sincronización de Zluri a la que iba esta instantánea había terminado después de aceptarse # página: se inició una nueva sincronización y se volvieron a enviar todas las páginas desde la página 1.',
        many: 'La sincronización de Zluri a la que iba esta instantánea había terminado después de aceptarse # páginas: se inició una nueva sincronización y se volvieron a enviar todas las páginas desde la página 1.',
        other:
          'La sincronización de Zluri a la que iba esta instantánea había terminado después de aceptarse # páginas: se inició una nueva sincronización y se volvieron a enviar todas las páginas desde la página 1.',
      }),
    restartSplit: (perPart: number): string =>
      `SaaS Management rechazó una parte por demasiado grande (413): la instantánea se dividió en partes de ${usuarios(perPart)} como máximo y se volvió a enviar desde la parte 1 con un nuevo ID de instantánea.`,

    notKeptSent: 'Este navegador no pudo guardar la instantánea: se envió.',
    notKeptPending:
      'Este navegador no pudo guardar la instantánea: no se conservará si se vuelve a cargar la página. Reintente mientras Seat Review esté abierto, o descárguela.',
    historyNotKept:
      'Este navegador no pudo guardar el historial de instantáneas: lo que se muestra aquí no se conservará si se vuelve a cargar la página.',

    refusedRosterLoading: 'Se podrá enviar cuando se hayan cargado todos los puestos.',
    refusedRosterFailed:
      'No enviada: la carga se detuvo antes de cargar todos los puestos, así que a la instantánea le faltarían puestos. Reanude la carga y luego envíela.',
    refusedRosterIncomplete:
      'No enviada: Zendesk entregó menos puestos de los que contó, así que a la instantánea le faltarían puestos. Vuelva a cargar y luego envíela.',

    historyLabel: 'Historial de instantáneas',
    historyGenerated: 'Generada',
    historySeats: 'Puestos',
    historyIdlePaid: 'De pago inactivos',
    historySuspended: 'Suspendidos',
    historyParts: 'Partes',
    historyChange: 'Cambio desde la instantánea anterior',
    historyStatus: 'Estado',
    firstSnapshot: 'Primera instantánea',
    statusSending: 'Enviando',
    statusInterrupted: 'Interrumpida',
    statusSent: 'Enviada',
    statusPending: 'Pendiente',
    statusRefused: 'Rechazada',
    statusSuperseded: 'No enviada (reemplazada)',

    changeNewIdle: (n: number): string =>
      plural(n, { one: '# puesto inactivo nuevo', many: '# puestos inactivos nuevos', other: '# puestos inactivos nuevos' }),
    changeNoLongerIdle: (n: number): string =>
      plural(n, { one: '# ya no está inactivo', many: '# ya no están inactivos', other: '# ya no están inactivos' }),
    changeAdded: (n: number): string => plural(n, { one: '# puesto agregado', many: '# puestos agregados', other: '# puestos agregados' }),
    changeGone: (n: number): string => plural(n, { one: '# puesto eliminado', many: '# puestos eliminados', other: '# puestos eliminados' }),
    changeSuspended: (n: number): string =>
      plural(n, { one: '# suspendido recientemente', many: '# suspendidos recientemente', other: '# suspendidos recientemente' }),
    changeUnsuspended: (n: number): string =>
      plural(n, { one: '# ya no está suspendido', many: '# ya no están suspendidos', other: '# ya no están suspendidos' }),
    noChange: 'Sin cambios',
    syncBusy: (platform: string, tries: number): string =>
      plural(tries, {
        one: `${platform} estaba ejecutando otra sincronización (409), así que no se sincronizó nada nuevo. Pulse Reintentar cuando haya terminado.`,
        many: `${platform} seguía ejecutando otra sincronización tras # intentos (409), así que no se sincronizó nada nuevo. Pulse Reintentar cuando haya terminado.`,
        other: `${platform} seguía ejecutando otra sincronización tras # intentos (409), así que no se sincronizó nada nuevo. Pulse Reintentar cuando haya terminado.`,
      }),
    noSyncId: (platform: string, setting: string): string =>
      `${platform} respondió sin el ID de la sincronización que inició, así que no se sincronizó nada. Vuelva a intentarlo; si ocurre de nuevo, revise la configuración de la aplicación "${setting}".`,
    noFileId: (platform: string): string =>
      `${platform} respondió a la subida sin un ID de archivo, así que no se sincronizó nada. Vuelva a intentarlo más tarde.`,
    syncFailed: (platform: string): string =>
      `${platform} aceptó todas las páginas y luego informó que la sincronización falló: consulte la sincronización en ${platform} para ver el motivo y pulse Reintentar.`,
    destinationNotWhitelisted: (platform: string, host: string, name: string): string =>
      `${platform} recibe las instantáneas en "${host}", que no está en la lista blanca de dominios de la aplicación: Zendesk solo envía el token a hosts de esa lista. Empaquete la aplicación con "npm run package -- --destination ${name}" y actualícela.`,
    toriiFileTooLarge: (size: string, limit: string): string =>
      `No se envió nada: los puestos forman un archivo de Torii de ${size}, más de los ${limit} que Torii acepta en una sola subida a través del proxy de Zendesk. Envíe a Zluri o Lumos, que aceptan plantillas más grandes.`,
  },

  release: {
    // ---- the preview ----
    userById: (id: number): string => `Usuario ${id}`,
    previewTitleNamed: (name: string): string => `Liberar el puesto de ${name}`,
    previewTitle: (count: number): string => plural(count, { one: 'Liberar # puesto', many: 'Liberar # puestos', other: 'Liberar # puestos' }),
    confirm: (count: number): string => plural(count, { one: 'Liberar # puesto', many: 'Liberar # puestos', other: 'Liberar # puestos' }),
    // The admin types the number as shown, digits only.
    typeToConfirm: (count: number): string => `Escriba ${count} para confirmar`,
    targetLegend: 'Cambiar a',
    targetEndUser: 'Usuario final',
    targetLightAgent: 'Agente light',
    targetLightAgentNamed: (role: string): string => `Agente light (${role})`,
    endUserHint: 'Libera el puesto de agente. El usuario conserva su perfil y los tickets que solicitó.',
    lightAgentHint: 'Libera el puesto de agente; el usuario aún puede ver tickets y agregar comentarios privados.',
    lightAgentChecking: 'Comprobando si la cuenta tiene un rol de agente light…',
    lightAgentRolesFailed: 'No se ofrece Agente light: no se pudieron leer los roles personalizados de la cuenta.',
    lightAgentNone: 'No se ofrece Agente light: la cuenta no tiene un rol de agente light.',
    ticketFateEndUser:
      'Zendesk le reasigna a usted, el administrador que hace el cambio, los tickets no cerrados de cada puesto (o a otro agente del grupo del ticket si usted no pertenece a él). Los tickets cerrados conservan su agente asignado. El usuario sale de sus grupos.',
    ticketFateLightAgent: 'Zendesk reasigna los tickets resueltos de cada puesto y anula la asignación de sus demás tickets no resueltos.',
    openTicketsCounting: 'contando…',
    openTicketsUnknown: 'desconocido',
    seatTicketsNone: 'ninguno que mover',
    seatTicketsAnyReassigned: 'los abiertos se le reasignan a usted',
    seatTicketsAnyUnassigned: 'los abiertos quedan sin asignar',
    seatTicketsReassigned: (count: number): string =>
      plural(count, { one: 'se le reasigna a usted', many: 'todos se le reasignan a usted', other: 'todos se le reasignan a usted' }),
    seatTicketsUnassigned: (count: number): string =>
      plural(count, { one: 'queda sin asignar', many: 'todos quedan sin asignar', other: 'todos quedan sin asignar' }),
    previewSeat: 'Puesto',
    previewWhy: 'Por qué parece inactivo',
    previewTickets: 'Tickets asignados abiertos',
    previewFate: 'Qué hace Zendesk',
    noIdleReason: 'No marcado como inactivo',
    warningIntegrations: 'Las integraciones que autorizó el usuario (concesiones de OAuth, tokens de API) pueden dejar de funcionar.',
    warningMacros: 'Zendesk no documenta qué ocurre con las macros y vistas personales del usuario.',
    warningBill: 'La factura no baja hasta que el propietario de la cuenta reduce el número de puestos en el Centro de administración.',
    countingFailed: (problem: string): string => `El recuento de tickets abiertos se detuvo: ${problem}`,
    rolesFailed: (problem: string): string => `No se pudieron leer los roles personalizados de la cuenta: ${problem}`,
    flaggedAdmin: (name: string): string => `${name} es administrador. ¿Liberar de todos modos el puesto de ${name}?`,
    flaggedExempt: (name: string): string => `${name} está en la lista de exentos. ¿Liberar de todos modos el puesto de ${name}?`,
    anywayNamed: (name: string): string => `Liberar de todos modos el puesto de ${name}`,
    anyway: (count: number): string =>
      plural(count, { one: 'Liberar # puesto de todos modos', many: 'Liberar # puestos de todos modos', other: 'Liberar # puestos de todos modos' }),
    cancel: 'Cancelar',
    back: 'Atrás',
    closeDialog: 'Cerrar',

    // ---- progress ----
    releasing: (done: number, total: number): string =>
      plural(total, {
        one: `Liberando ${num(done)} de # puesto`,
        many: `Liberando ${num(done)} de # puestos`,
        other: `Liberando ${num(done)} de # puestos`,
      }),
    restoring: (done: number, total: number): string =>
      plural(total, {
        one: `Restaurando ${num(done)} de # puesto`,
        many: `Restaurando ${num(done)} de # puestos`,
        other: `Restaurando ${num(done)} de # puestos`,
      }),
    etaEstimating: 'Calculando el tiempo restante…',
    etaAlmostDone: 'Casi listo',
    etaSeconds: (n: number): string =>
      plural(n, { one: 'Queda aproximadamente # segundo', many: 'Quedan aproximadamente # segundos', other: 'Quedan aproximadamente # segundos' }),
    etaMinutes: (n: number): string =>
      plural(n, { one: 'Queda aproximadamente # minuto', many: 'Quedan aproximadamente # minutos', other: 'Quedan aproximadamente # minutos' }),
    etaHours: (n: number): string =>
      plural(n, { one: 'Queda aproximadamente # hora', many: 'Quedan aproximadamente # horas', other: 'Quedan aproximadamente # horas' }),
    etaDays: (n: number): string =>
      plural(n, { one: 'Queda aproximadamente # día', many: 'Quedan aproximadamente # días', other: 'Quedan aproximadamente # días' }),
    waitJobSlot: 'Esperando a que termine uno de sus trabajos (Zendesk ejecuta 30 como máximo a la vez).',
    waitTooManyJobs: 'Se alcanzó el límite de trabajos de Zendesk; esperando a que terminen los trabajos.',
    waitRateLimited: 'Zendesk pidió reducir el ritmo (límite de solicitudes); esperando antes de la siguiente solicitud.',
    waitServerError: 'Zendesk tuvo un error del servidor; se volverá a intentar en breve.',
    waitNetworkError: 'Sin respuesta de Zendesk; se volverá a intentar en breve.',
    jobsInFlight: (n: number): string => plural(n, { one: '# trabajo en curso', many: '# trabajos en curso', other: '# trabajos en curso' }),
    cancelRun: 'Cancelar',
    cancelling: 'Cancelando: no se envían trabajos nuevos; los ya enviados terminan.',

    // ---- the report ----
    outcomeReleased: 'Liberado',
    outcomeRefused: 'Rechazado',
    outcomeUnknown: 'Desconocido',
    outcomeNotAttempted: 'No intentado',
    outcomePending: 'Pendiente',
    // `detail` is Zendesk's own message (in English, as Zendesk sends it).
    refusedOwner: 'No se puede degradar al propietario de la cuenta',
    refusedOwnerSaying: (detail: string): string => `No se puede degradar al propietario de la cuenta (Zendesk: ${detail})`,
    refusedChange: 'Zendesk rechazó el cambio',
    refusedChangeSaying: (detail: string): string => `Zendesk rechazó el cambio: ${detail}`,
    refusedForbidden: 'Zendesk no permitió el cambio (solo los administradores pueden cambiar roles)',
    refusedForbiddenSaying: (detail: string): string => `Zendesk no permitió el cambio (solo los administradores pueden cambiar roles): ${detail}`,
    refusedNotFound: 'Ese usuario ya no existe en Zendesk',
    refusedNotFoundSaying: (detail: string): string => `Ese usuario ya no existe en Zendesk: ${detail}`,
    refusedJobFailed: 'Falló el trabajo en segundo plano de Zendesk',
    refusedJobFailedSaying: (detail: string): string => `Falló el trabajo en segundo plano de Zendesk: ${detail}`,
    closedBeforeAnswer: 'Desconocido: la aplicación se cerró antes de recibir la respuesta de Zendesk',
    answerUnreadable: (problem: string): string => `No se pudo leer la respuesta de Zendesk: ${problem}`,
    cancelledBeforeSent: 'Cancelado antes de enviarse',
    restored: 'Restaurado',
    restoreRefused: (reason: string): string => `Restauración rechazada: ${reason}`,
    restoreUnknown: (problem: string): string => `Resultado de la restauración desconocido: ${problem}`,
    restoreNotSent: (problem: string): string => `Restauración no enviada: ${problem}`,
    restoreCancelled: 'Restauración cancelada antes de enviarse',
    countReleased: (n: number): string => plural(n, { one: '# liberado', many: '# liberados', other: '# liberados' }),
    countRefused: (n: number): string => plural(n, { one: '# rechazado', many: '# rechazados', other: '# rechazados' }),
    countUnknown: (n: number): string => plural(n, { one: '# desconocido', many: '# desconocidos', other: '# desconocidos' }),
    countNotAttempted: (n: number): string => plural(n, { one: '# no intentado', many: '# no intentados', other: '# no intentados' }),
    countPending: (n: number): string => plural(n, { one: '# pendiente', many: '# pendientes', other: '# pendientes' }),
    countRestored: (n: number): string => plural(n, { one: '# restaurado', many: '# restaurados', other: '# restaurados' }),
    reportToEndUser: (when: string, count: number): string =>
      plural(count, {
        one: `${when}: # puesto a usuario final`,
        many: `${when}: # puestos a usuario final`,
        other: `${when}: # puestos a usuario final`,
      }),
    reportToLightAgent: (when: string, count: number): string =>
      plural(count, {
        one: `${when}: # puesto a agente light`,
        many: `${when}: # puestos a agente light`,
        other: `${when}: # puestos a agente light`,
      }),
    reportToEndUserCancelled: (when: string, count: number): string =>
      plural(count, {
        one: `${when}: # puesto a usuario final (cancelado)`,
        many: `${when}: # puestos a usuario final (cancelado)`,
        other: `${when}: # puestos a usuario final (cancelado)`,
      }),
    reportToLightAgentCancelled: (when: string, count: number): string =>
      plural(count, {
        one: `${when}: # puesto a agente light (cancelado)`,
        many: `${when}: # puestos a agente light (cancelado)`,
        other: `${when}: # puestos a agente light (cancelado)`,
      }),
    reportHeading: 'Informe de liberación',
    historyHeading: 'Historial de liberaciones',
    historyToggle: (count: number): string => `Historial de liberaciones (${num(count)})`,
    reportSeat: 'Puesto',
    reportOutcome: 'Resultado',
    reportTickets: 'Tickets abiertos',
    reportBefore: 'Rol anterior',
    reportRestore: 'Restaurar',
    restore: 'Restaurar',
    restoreAll: (count: number): string => `Restaurar todos los liberados (${num(count)})`,
    download: 'Descargar CSV',
    closeReport: 'Cerrar',
    releaseThisSeat: 'Liberar este puesto',
    notRestored:
      'Restaurar devuelve el rol y el rol personalizado del puesto. Zendesk no restaura las asignaciones de tickets ni la pertenencia a grupos: reasigne los tickets y vuelva a agregar el agente a los grupos manualmente.',
    notKept: 'Este informe no se pudo guardar en este navegador: descárguelo ahora o se perderá al cerrar Seat Review.',

    // ---- money ----
    bill: (released: number): string =>
      plural(released, {
        one: 'Zendesk sigue facturando este puesto hasta que el propietario de la cuenta reduzca el número de puestos de la suscripción en el Centro de administración (normalmente a partir del siguiente ciclo de facturación). Redúzcalo en # como máximo.',
        many: 'Zendesk sigue facturando estos # puestos hasta que el propietario de la cuenta reduzca el número de puestos de la suscripción en el Centro de administración (normalmente a partir del siguiente ciclo de facturación). Redúzcalo en # como máximo.',
        other:
          'Zendesk sigue facturando estos # puestos hasta que el propietario de la cuenta reduzca el número de puestos de la suscripción en el Centro de administración (normalmente a partir del siguiente ciclo de facturación). Redúzcalo en # como máximo.',
      }),
    saving: (released: number, seatPrice: number): string =>
      `A ${money(seatPrice)} por puesto, reducirlo en ${num(released)} ahorra ${money(released * seatPrice)} al mes.`,

    // ---- idle reasons as a report keeps them (only the day threshold is kept) ----
    keptNeverSignedIn: 'Nunca ha iniciado sesión',
    keptApiOnlySignIn: '¿Inicio de sesión solo por API?',
    keptNoSignIn: (days: number): string =>
      plural(days, {
        one: 'Sin iniciar sesión desde hace #+ días',
        many: 'Sin iniciar sesión desde hace #+ días',
        other: 'Sin iniciar sesión desde hace #+ días',
      }),
    keptNoInteractions: (days: number): string =>
      plural(days, {
        one: 'Sin interacciones con tickets en # día',
        many: 'Sin interacciones con tickets en # días',
        other: 'Sin interacciones con tickets en # días',
      }),

    // ---- the report's CSV: column headers ----
    csvUserId: 'ID de usuario',
    csvName: 'Nombre',
    csvEmail: 'Correo electrónico',
    csvOutcome: 'Resultado',
    csvReason: 'Motivo',
    csvIdleReasons: 'Por qué parecía inactivo',
    csvOpenTickets: 'Tickets abiertos',
    csvPreviousRole: 'Rol anterior',
    csvRestore: 'Restauración',
  },
  history: {
    title: 'Historial de puestos',
    keptInZendesk: 'Guardado en Zendesk: todos los administradores ven el mismo historial.',
    loading: 'Cargando el historial de puestos…',
    empty: 'Aún no hay ninguna revisión guardada: esta será el primer día del historial.',
    fallbackTitle: 'Historial guardado solo en este navegador',
    fallbackPlan:
      'Su plan de Zendesk no tiene espacio para el objeto personalizado de la aplicación: otros administradores y otros navegadores no ven este historial. Los planes con objetos personalizados lo guardan en Zendesk.',
    fallbackNotInstalled:
      'Seat Review se instaló sin su objeto personalizado (Seat Review day): otros administradores y otros navegadores no ven este historial. Vuelva a instalar la aplicación para guardarlo en Zendesk.',
    fallbackUnreadable:
      'No se pudo leer el historial de Zendesk en este momento: se muestra la copia de este navegador. Se volverá a leer la próxima vez que se abra Seat Review.',
    writeProblem: (reason: string): string => `No se pudo añadir la revisión de hoy al historial: ${reason}`,
    lastSnapshotLabel: 'Última instantánea:',
    snapshotSent: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, {
        one: `Enviada: ${when}, ${kind}, ${num(accepted)} de # parte aceptada`,
        many: `Enviada: ${when}, ${kind}, ${num(accepted)} de # partes aceptadas`,
        other: `Enviada: ${when}, ${kind}, ${num(accepted)} de # partes aceptadas`,
      }),
    snapshotPartial: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, {
        one: `Enviada en parte: ${when}, ${kind}, ${num(accepted)} de # parte aceptada`,
        many: `Enviada en parte: ${when}, ${kind}, ${num(accepted)} de # partes aceptadas`,
        other: `Enviada en parte: ${when}, ${kind}, ${num(accepted)} de # partes aceptadas`,
      }),
    snapshotFailed: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, {
        one: `Envío interrumpido: ${when}, ${kind}, ${num(accepted)} de # parte aceptada`,
        many: `Envío interrumpido: ${when}, ${kind}, ${num(accepted)} de # partes aceptadas`,
        other: `Envío interrumpido: ${when}, ${kind}, ${num(accepted)} de # partes aceptadas`,
      }),
    snapshotRejected: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, {
        one: `Rechazada por SaaS Management: ${when}, ${kind}, ${num(accepted)} de # parte aceptada`,
        many: `Rechazada por SaaS Management: ${when}, ${kind}, ${num(accepted)} de # partes aceptadas`,
        other: `Rechazada por SaaS Management: ${when}, ${kind}, ${num(accepted)} de # partes aceptadas`,
      }),
    snapshotNotConfigured: (when: string, kind: string): string =>
      `Revisión: ${when}, ${kind}; no se envió porque no hay ningún punto de conexión de SaaS Management configurado`,
    runManual: 'manual',
    runUnattended: 'automática',
    runUnknown: 'ejecución no registrada',
    ranBy: (name: string): string => `Ejecutada por ${name}`,
    noSnapshot: 'Aún no hay ninguna instantánea guardada.',
    changeSince: (day: string, changes: string): string => `Desde la revisión anterior (${day}): ${changes}`,
    changePaid: (n: number, change: string): string =>
      plural(n, { one: `${change} puesto de pago`, many: `${change} puestos de pago`, other: `${change} puestos de pago` }),
    changeIdle: (n: number, change: string): string =>
      plural(n, { one: `${change} probablemente inactivo`, many: `${change} probablemente inactivos`, other: `${change} probablemente inactivos` }),
    changeSuspended: (n: number, change: string): string =>
      plural(n, { one: `${change} suspendido`, many: `${change} suspendidos`, other: `${change} suspendidos` }),
    changeCost: (amount: string): string => `${amount} al mes`,
    seriesPaid: 'Puestos de pago',
    seriesIdle: 'Probablemente inactivos',
    seriesSuspended: 'Suspendidos',
    seriesCost: 'Coste mensual de los puestos inactivos y suspendidos',
    noReviewThatDay: 'Sin revisión ese día',
    chartRange: (days: number, from: string, to: string, reviewed: number): string =>
      plural(days, {
        one: `Puestos el ${from}: ${num(reviewed)} revisado.`,
        many: `Puestos durante # días, del ${from} al ${to}: ${num(reviewed)} revisados, ${num(days - reviewed)} sin revisión.`,
        other: `Puestos durante # días, del ${from} al ${to}: ${num(reviewed)} revisados, ${num(days - reviewed)} sin revisión.`,
      }),
    chartLatest: (day: string, paid: number, idle: number, suspended: number): string =>
      `Última revisión, ${day}: ${num(paid)} de pago, ${num(idle)} probablemente inactivos, ${num(suspended)} suspendidos.`,
    costLatest: (day: string, amount: string): string => `El ${day}, los puestos inactivos y suspendidos costaban ${amount} al mes.`,
    showTable: 'Ver como tabla',
    tableLabel: 'Historial de puestos por día',
    reviewedDays: (reviewed: number, days: number): string =>
      plural(days, {
        one: `${num(reviewed)} de # día revisado`,
        many: `${num(reviewed)} de los últimos # días revisados`,
        other: `${num(reviewed)} de los últimos # días revisados`,
      }),
    columnDay: 'Día',
    columnPaid: 'De pago',
    columnIdle: 'Probablemente inactivos',
    columnSuspended: 'Suspendidos',
    columnCost: 'Coste mensual',
    columnSnapshot: 'Instantánea',
    columnRun: 'Ejecutada por',
    statusSent: 'Enviada',
    statusPartial: 'Enviada en parte',
    statusFailed: 'Interrumpida',
    statusRejected: 'Rechazada',
    statusNotConfigured: 'No enviada (sin punto de conexión)',
    none: '—',
  },
} satisfies LocaleCatalogue;
