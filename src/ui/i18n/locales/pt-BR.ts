/**
 * Português do Brasil: the admin's language, laid over English (see ../messages.ts). Zendesk's
 * Brazilian terms: licença (seat), agente light, colaborador, usuário final, Central de administração.
 */
import type { LocaleCatalogue } from '../catalogue';
import { money, num, plural } from '../format';

/** CLDR's `many` (large round numbers in compact notation) reads as `other` in Portuguese. */
const rest = (text: string): { many: string; other: string } => ({ many: text, other: text });

const dias = (n: number): string => plural(n, { one: '# dia', ...rest('# dias') });
const dosUltimosDias = (n: number): string => plural(n, { one: 'do último dia', ...rest('dos últimos # dias') });
const nosUltimosDias = (n: number): string => plural(n, { one: 'no último dia', ...rest('nos últimos # dias') });
const solicitacoes = (n: number): string => plural(n, { one: '# solicitação', ...rest('# solicitações') });
const usuarios = (n: number): string => plural(n, { one: '# usuário', ...rest('# usuários') });

/** ": o que o serviço disse" when it said something, else the sentence's full stop. */
const disse = (detail: string): string => (detail ? `: ${detail}` : '.');
/** Nothing after a single attempt, " após 6 tentativas" after several. */
const apos = (attempts: number): string => (attempts === 1 ? '' : plural(attempts, { one: ' após # tentativa', ...rest(' após # tentativas') }));

/** The SaaS Management endpoint setting, as named inside the sentences below. */
const destino = 'URL de destino do SaaS Management';

export default {
  seats: {
    classPaid: 'Licença de agente paga',
    classLight: 'Agente light',
    classContributor: 'Colaborador',
    classChatOnly: 'Agente somente de chat',
    classShared: 'Agente compartilhado',
    ruleShared: 'Um agente compartilhado trabalha em outra conta do Zendesk por meio do compartilhamento de tickets e não ocupa licença nesta.',
    ruleLight: 'Agentes light não ocupam licença paga (eles contam na cota de agentes light do plano).',
    ruleContributor: 'Colaboradores (agentes de chat adicionados ao Support como colaboradores) não ocupam licença paga do Support.',
    ruleChatOnly: 'Um agente somente de chat é um agente no Zendesk Chat e ocupa uma licença de agente paga.',
    rulePaid:
      'Administradores, administradores de faturamento, agentes e agentes com função personalizada ocupam, cada um, uma licença de agente paga.',
    heldWhileSuspended: 'Mesmo suspenso, continua ocupando a licença até ser rebaixado a usuário final.',
    doubtLightOtherRoles:
      'Um agente light que também é agente do Chat, gerente do Guide ou editor/administrador do Explore ocupa, sim, uma licença; a API do Support não mostra essas funções.',
    doubtContributorExplore:
      'Um colaborador que também é editor/administrador do Explore ocupa, sim, uma licença; a API do Support não mostra essa função.',
    doubtChatActivity: 'A atividade no Chat não é visível pela API do Support: logins e interações em tickets podem subestimá-la.',
    doubtUnknownRoleType: (roleType: number): string =>
      `Tipo de função desconhecido ${roleType}: contado como licença paga, pois todo agente ocupa uma, a menos que o Zendesk indique o contrário.`,
    neverSignedInUnknownCreated: 'Nunca fez login (data de criação desconhecida)',
    neverSignedIn: (createdDaysAgo: number): string => `Nunca fez login; licença criada há ${dias(createdDaysAgo)}`,
    apiOnlySignIn: 'Login só pela API? Login recente, mas sem sessão e sem interação em tickets',
    noInteractions: (idleDays: number): string => `Nenhuma interação em tickets em ${dias(idleDays)}`,
    noSignIn: (lastSignInDaysAgo: number, idleDays: number): string => `Sem login há ${dias(lastSignInDaysAgo)} (limite: ${idleDays})`,
  },

  columns: {
    columnName: 'Nome',
    columnEmail: 'E-mail',
    columnCreated: 'Criado em',
    columnLastSignIn: 'Último login',
    columnIdle: 'Ocioso',
    columnSeatClass: 'Tipo de licença',
    columnInteractions: 'Interações em tickets',
    columnLastSeen: 'Visto por último (sessão)',
    columnRole: 'Função',
    columnRoleType: 'Tipo de função',
    columnChatOnly: 'Somente chat',
    columnModerator: 'Moderador',
    columnRestrictedAgent: 'Agente restrito',
    columnShared: 'Compartilhado',
    columnSharedAgent: 'Agente compartilhado',
    columnTicketRestriction: 'Restrição de tickets',
    columnTwoFactorAuth: 'Autenticação de dois fatores',
    columnVerified: 'Verificado',
    columnReportCsv: 'Pode exportar relatórios CSV',
    columnSuspended: 'Suspenso',
    csvUserId: 'ID do usuário',

    yes: 'Sim',
    no: 'Não',
    neverSignedIn: 'Nunca',
    noSession: 'Sem sessão',
    exempt: 'Isento',
    noPaidSeat: 'Sem licença paga',
    reasonSeparator: '; ',
    notSet: 'não definido',

    roleAdmin: 'Administrador',
    roleAgent: 'Agente',
    roleTypeCustom: 'Agente com função personalizada',
    roleTypeLight: 'Agente light',
    roleTypeChatOnly: 'Agente somente de chat',
    roleTypeContributor: 'Colaborador',
    roleTypeAdmin: 'Administrador',
    roleTypeBillingAdmin: 'Administrador de faturamento',
    roleTypeUnknown: (roleType: number): string => `Tipo de função desconhecido (${roleType})`,

    restrictionOrganization: 'Organização do solicitante',
    restrictionGroups: 'Grupos do agente',
    restrictionAssigned: 'Atribuídos ao agente',
    restrictionRequested: 'Solicitados pelo agente',
    restrictionNone: 'Nenhuma',
    restrictionOther: (value: string): string => `Outra (${value})`,
  },

  filters: {
    panelLabel: 'Filtros',
    any: 'Qualquer',
    anyTime: 'Qualquer data',
    never: 'Nunca',
    withinDays: (days: number): string => plural(days, { one: 'No último dia', ...rest('Nos últimos # dias') }),
    withinYear: 'No último ano',
    olderThanDays: (days: number): string => plural(days, { one: 'Há mais de um dia', ...rest('Há mais de # dias') }),
    olderThanYear: 'Há mais de um ano',
    yes: 'Sim',
    no: 'Não',
    notSet: 'Não definido',
    idle: 'Ocioso',
    notIdle: 'Não ocioso',
    exempt: 'Isento',
    textContains: 'contém…',
    allPaid: 'Todas as licenças pagas',
    noSession: 'Sem sessão',
    unknown: 'Desconhecido',
    interactionsNone: 'Nenhuma',
    interactionsSome: 'Pelo menos uma',
    apiOnlyLabel: 'Sinal de login só pela API',
    hasSignal: 'Com o sinal',
    lacksSignal: 'Sem o sinal',
    suspendedHide: 'Ocultar suspensos',
    suspendedAll: 'Mostrar todos',
    suspendedOnly: 'Somente suspensos',
  },

  panel: {
    untitledUser: (id: number): string => `Usuário ${id}`,
    noEmail: 'Sem e-mail',
    suspended: 'Suspenso',
    verdictExempt: 'Isento: está na lista de isentos, nunca é marcado como ocioso',
    verdictNoPaidSeat: 'Não ocupa licença paga, por isso não é avaliado',
    verdictIdle: 'Provavelmente ocioso',
    verdictNotIdleWithSignal: 'Não ocioso, com um sinal a verificar',
    verdictNotIdle: 'Não ocioso',
    signInOnly: 'Avaliado apenas pelo login: as interações em tickets ainda não são conhecidas.',
    interactionsInWindow: (idleDays: number): string =>
      plural(idleDays, { one: 'Interações em tickets (último dia)', ...rest('Interações em tickets (últimos # dias)') }),
    notKnownYet: 'Ainda não conhecido',
    openInZendesk: 'Abrir no Zendesk',
    close: 'Fechar',
    openRefused: 'O Zendesk não abriu este usuário. Pesquise o e-mail na Central de administração, em Membros da equipe.',
  },

  table: {
    heading: 'Revisão de licenças',
    reviewScope: (host: string, idleDays: number, graceDays: number): string =>
      `${host} · ${plural(idleDays, { one: 'ociosa após # dia sem login', ...rest('ociosa após # dias sem login') })} · ${plural(graceDays, {
        one: '# dia de carência para novas licenças',
        ...rest('# dias de carência para novas licenças'),
      })}`,
    reload: 'Recarregar',
    loadingStopped: (loaded: number): string =>
      plural(loaded, {
        one: 'Carregamento interrompido: exibindo # licença carregada até agora',
        ...rest('Carregamento interrompido: exibindo as # licenças carregadas até agora'),
      }),
    resumeLoading: 'Retomar carregamento',
    unreadableRecords: (count: number): string =>
      plural(count, {
        one: '# registro de usuário do Zendesk não pôde ser lido (sem ID válido) e não está listado.',
        ...rest('# registros de usuário do Zendesk não puderam ser lidos (sem ID válido) e não estão listados.'),
      }),
    searchLabel: 'Pesquisar licenças',
    searchPlaceholder: 'Nome ou e-mail',
    filters: 'Filtros',
    filtersActive: (active: number): string => `Filtros (${num(active)})`,
    clearFilters: 'Limpar filtros',
    exportCsv: (shown: number): string => `Exportar CSV (${num(shown)})`,
    showingSeats: (shown: number, total: number): string =>
      plural(total, { one: `Exibindo ${num(shown)} de # licença`, ...rest(`Exibindo ${num(shown)} de # licenças`) }),
    selectedCount: (selected: number): string => plural(selected, { one: '# selecionada', ...rest('# selecionadas') }),
    selectLikelyIdle: 'Selecionar todas as provavelmente ociosas',
    clearSelection: 'Limpar seleção',
    releaseSelected: (selected: number): string => `Liberar selecionadas (${num(selected)})`,
    selectColumn: 'Selecionar',
    selectSeat: (who: string): string => `Selecionar ${who}`,
    columnsButton: 'Colunas',
    columnsShown: 'Colunas exibidas',
    showAllColumns: 'Mostrar todas as colunas',
    suspendedTag: 'Suspenso',
    idleForDays: (days: number): string => `Ocioso · ${dias(days)}`,
    idleNeverSignedIn: 'Ocioso · nunca fez login',
    apiOnlyTag: 'Só API?',
  },

  summary: {
    summaryLabel: 'Resumo das licenças',
    seats: 'Licenças (agentes e administradores)',
    paidSeats: 'Licenças pagas',
    paidSeatsHint:
      'Administradores, administradores de faturamento, agentes, agentes com função personalizada e agentes somente de chat; não inclui agentes light, colaboradores nem agentes compartilhados',
    idleSeats: 'Licenças pagas provavelmente ociosas',
    idleSeatsHint: (idleDays: number): string =>
      plural(idleDays, {
        one: 'Licenças pagas que nunca fizeram login após o período de carência, ou sem login nem interação em tickets em # dia',
        ...rest('Licenças pagas que nunca fizeram login após o período de carência, ou sem login nem interação em tickets em # dias'),
      }),
    judgedOnSignInOnly: 'avaliadas apenas pelo login',
    suspendedAgents: 'Agentes suspensos',
    suspendedAgentsHint: 'Agentes suspensos continuam ocupando uma licença paga até serem rebaixados a usuários finais',
    idleCostMonthly: 'Custo mensal das licenças ociosas',
    suspendedCostMonthly: 'Custo mensal das licenças suspensas',
    unassignedCostMonthly: 'Custo mensal das licenças não atribuídas',
    costYearly: (amount: string): string => `${amount} por ano`,
    seatsPurchased: 'Licenças compradas',
    paidSeatsAssigned: 'Licenças pagas atribuídas',
    assignedSuspended: (count: number): string => plural(count, { one: '# delas suspensa', ...rest('# delas suspensas') }),
    unassignedSeats: 'Licenças não atribuídas',
    moreAssignedThanPurchased: (count: number): string =>
      plural(count, { one: '# atribuída além das compradas', ...rest('# atribuídas além das compradas') }),
    everySeatAssigned: 'todas as licenças compradas estão atribuídas',
    unassignedHeldByNobody: 'compradas, sem ninguém ocupando',
    billingNote:
      'O Zendesk cobra pelas licenças compradas; liberar uma licença só reduz a fatura quando o responsável pela conta reduz o número de licenças na Central de administração.',
    compositionLabel: 'Composição das licenças',
    compositionActivePaid: 'Pagas ativas',
    compositionIdlePaid: 'Pagas ociosas',
    compositionSuspended: 'Suspensas, ocupando licença paga',
    compositionLightOrContributor: 'Agentes light e colaboradores',
    compositionShared: 'Compartilhadas',
    compositionPart: (part: string, count: number): string => `${part}: ${num(count)}`,
    suspendedShown: (count: number): string =>
      plural(count, {
        one: '# agente suspenso exibido — cada um continua ocupando uma licença paga até ser rebaixado a usuário final.',
        ...rest('# agentes suspensos exibidos — cada um continua ocupando uma licença paga até ser rebaixado a usuário final.'),
      }),
    suspendedHidden: (count: number): string =>
      plural(count, {
        one: '# agente suspenso oculto — cada um continua ocupando uma licença paga até ser rebaixado a usuário final.',
        ...rest('# agentes suspensos ocultos — cada um continua ocupando uma licença paga até ser rebaixado a usuário final.'),
      }),
    showSuspended: 'Mostrar agentes suspensos',
    figureLoading: 'Carregando',
    seatsWithoutSuspended: (count: number): string =>
      plural(count, { one: 'sem contar # agente suspenso', ...rest('sem contar # agentes suspensos') }),
    suspendedHoldingPaid: (count: number): string =>
      plural(count, { one: '# deles ocupa uma licença paga', ...rest('# deles ocupam uma licença paga') }),
  },

  progress: {
    loadingSeats: 'Carregando licenças',
    seatsLoaded: (loaded: number): string => plural(loaded, { one: '# licença carregada…', ...rest('# licenças carregadas…') }),
    seatsLoadedOfAbout: (loaded: number, expected: number): string =>
      plural(loaded, { one: `# licença carregada de cerca de ${num(expected)}…`, ...rest(`# licenças carregadas de cerca de ${num(expected)}…`) }),

    rosterPartlyLoaded: (read: number, expected: number): string =>
      plural(expected, {
        one: `${num(read)} de # licença carregada; não foi possível ler o restante`,
        ...rest(`${num(read)} de # licenças carregadas; não foi possível ler o restante`),
      }),
    rosterLoadedRestUnread: (read: number): string =>
      plural(read, {
        one: '# licença carregada; não foi possível ler o restante',
        ...rest('# licenças carregadas; não foi possível ler o restante'),
      }),
    rosterCountDisagrees: (expected: number, read: number): string =>
      `O Zendesk contou ${num(expected)} registros, mas suas páginas listaram ${num(read)}, mesmo em uma segunda leitura.`,
    rosterFiguresLeaveOut: 'Os números abaixo não incluem essas licenças; um instantâneo não pode ser enviado como completo.',
    loadAgain: 'Carregar novamente',

    countingTicketEvents: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `Contando atualizações e comentários de tickets ${dosUltimosDias(idleDays)} na exportação de eventos de tickets do Zendesk: ${solicitacoes(count)} ` +
      `(as contagens por pesquisa exigiriam ${solicitacoes(alternative)}), no máximo ${num(perMinute)} por minuto.`,
    countingTicketEventsUpTo: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `Contando atualizações e comentários de tickets ${dosUltimosDias(idleDays)} na exportação de eventos de tickets do Zendesk: ${solicitacoes(count)} ` +
      `(as contagens por pesquisa exigiriam até ${solicitacoes(alternative)}), no máximo ${num(perMinute)} por minuto.`,
    countingSearch: (idleDays: number, count: number, alternative: number, perMinute: number): string =>
      `Contando os tickets que cada licença paga comentou ${nosUltimosDias(idleDays)} com a pesquisa do Zendesk: ${solicitacoes(count)} ` +
      `(a exportação de eventos de tickets exigiria cerca de ${solicitacoes(alternative)}), no máximo ${num(perMinute)} por minuto.`,
    sizingActivity: 'Dimensionando a atividade de tickets a contar…',
    resumingExport: (from: string): string =>
      `Atualizando as contagens guardadas da última revisão: retomando a exportação de eventos de tickets do Zendesk a partir de ${from}.`,
    loadingInteractions: 'Carregando interações em tickets',
    requestsDone: (done: number, total: number): string =>
      plural(total, { one: `${num(done)} de # solicitação`, ...rest(`${num(done)} de # solicitações`) }),
    cancel: 'Cancelar',
    sessionsUnread: (reason: string): string => `Visto por último desconhecido: não foi possível ler as sessões (${reason}).`,
    countsNotKept:
      'Este navegador não pôde guardar as contagens de interações em tickets para a próxima revisão (o armazenamento está cheio ou bloqueado): a próxima revisão contará todo o período novamente.',
    interactionsCancelled: 'Interações em tickets não contadas (cancelado)',
    interactionsFailed: 'Não foi possível contar as interações em tickets',
    interactionsUnknown: 'Os números de interações aparecem como desconhecidos e os veredictos de ociosidade se baseiam apenas no login.',
    countAgain: 'Contar novamente',
    waitRateLimited: (seconds: number): string => `O Zendesk pediu que esperássemos ${num(seconds)} s, pois seu limite de taxa foi atingido`,
    waitServerError: (status: number): string => `O Zendesk teve um erro de servidor (${status})`,
    waitNoAnswer: 'Sem resposta do Zendesk',
    resumingIn: (seconds: number): string => (seconds > 0 ? `: retomando em ${num(seconds)} s.` : ': retomando agora…'),
    retryingIn: (seconds: number): string => (seconds > 0 ? `: nova tentativa em ${num(seconds)} s.` : ': tentando novamente…'),
    timeLeftSeconds: (seconds: number): string => `cerca de ${num(seconds)} s restantes`,
    timeLeftMinutesSeconds: (minutes: number, seconds: number): string => `cerca de ${num(minutes)} min ${num(seconds)} s restantes`,
    timeLeftHoursMinutes: (hours: number, minutes: number): string => `cerca de ${num(hours)} h ${num(minutes)} min restantes`,
    timeLeftUnderAMinute: 'menos de um minuto restante',
  },

  errors: {
    aboutSeconds: (n: number): string => plural(n, { one: 'cerca de # segundo', ...rest('cerca de # segundos') }),
    aboutMinutes: (n: number): string => plural(n, { one: 'cerca de # minuto', ...rest('cerca de # minutos') }),
    aboutHours: (n: number): string => plural(n, { one: 'cerca de # hora', ...rest('cerca de # horas') }),
    aboutDays: (n: number): string => plural(n, { one: 'cerca de # dia', ...rest('cerca de # dias') }),

    // `service` is Zendesk or SaaS Management: both take the masculine article (o Zendesk).
    networkFailed: (service: string, attempts: number): string =>
      `Não foi possível acessar o ${service}${apos(attempts)} (erro de rede ou sem resposta).`,
    zendeskUnauthenticated: 'O Zendesk não conseguiu autenticar esta sessão. Faça login novamente e reabra o Seat Review.',
    credentialsRefused: (service: string, detail: string): string => `O ${service} recusou as credenciais (401)${disse(detail)}`,
    accessRefused: (service: string, detail: string): string => `O ${service} recusou o acesso (403)${disse(detail)}`,
    notFound: (service: string, url: string, detail: string): string => `O ${service} não encontrou ${url} (404)${disse(detail)}`,
    requestRejected: (service: string, status: number, detail: string): string => `O ${service} rejeitou a solicitação (${status})${disse(detail)}`,
    rateLimitStillExceeded: (service: string, attempts: number): string =>
      `O limite de taxa do ${service} continuava excedido${apos(attempts)}. Tente novamente em alguns minutos.`,
    waitRequested: (service: string): string => `O ${service} pediu que o Seat Review aguardasse antes da próxima solicitação.`,
    waitTooLong: (service: string, wait: string): string =>
      `O ${service} pediu que o Seat Review aguardasse ${wait} antes de enviar mais solicitações (seu limite de taxa), mais do que o Seat Review mantém uma revisão. ` +
      'O que foi carregado está guardado; retome o carregamento mais tarde.',
    serverError: (service: string, status: number, attempts: number, detail: string): string =>
      `O ${service} teve um erro de servidor (${status})${apos(attempts)}${disse(detail)}`,
    otherAnswer: (service: string, status: number, detail: string): string => `O ${service} respondeu ${status}${disse(detail)}`,

    // All three are feminine: the paging sentences below agree with them ("não foi lida").
    listTicketEvents: 'a exportação de eventos de tickets',
    listSessions: 'a lista de sessões de login',
    listSeats: 'a lista de licenças',
    pagingRepeatedPage: (list: string, url: string): string =>
      `A paginação do Zendesk para ${list} apontou de volta para uma página já lida (${url}). ` +
      `O Seat Review parou ali em vez de ler as mesmas páginas indefinidamente: ${list} não foi lida até o fim.`,
    pagingOffHostLink: (list: string, url: string): string =>
      `A paginação do Zendesk para ${list} apontou para outro site (${url}). O Seat Review não o seguiu: ${list} não foi lida até o fim.`,
    pagingEndedEarly: (list: string, url: string): string =>
      `A paginação do Zendesk para ${list} indicou que há mais páginas, mas não deu o endereço delas (${url}). ` +
      `O Seat Review não sabe onde continuar: ${list} não foi lida até o fim.`,
    pagingStalledExport: (list: string, url: string): string =>
      `A paginação do Zendesk para ${list} parou de avançar no tempo (${url}). ` +
      `O Seat Review parou ali em vez de ler o mesmo intervalo de tempo indefinidamente: ${list} não foi lida até o fim.`,

    unreadableUsersPage: (url: string): string => `O Zendesk enviou uma página que o Seat Review não consegue ler (sem lista “users”) para ${url}.`,
    unreadableSessionsPage: (url: string): string => `O Zendesk enviou uma página de sessões que o Seat Review não consegue ler (${url}).`,
    unreadableTicketEventPage: (url: string): string =>
      `O Zendesk enviou uma página de eventos de tickets que o Seat Review não consegue ler (${url}).`,
    unreadableSearchCount: (url: string): string => `O Zendesk enviou uma contagem de pesquisa que o Seat Review não consegue ler (${url}).`,
    unreadableCustomRoles: (url: string): string =>
      `O Zendesk enviou uma lista de funções personalizadas que o Seat Review não consegue ler (${url}).`,
    unreadableJobStatus: (url: string): string =>
      `O Zendesk enviou um status de tarefa em segundo plano que o Seat Review não consegue ler (${url}).`,
    unreadableUser: (url: string): string => `O Zendesk enviou um usuário atualizado que o Seat Review não consegue ler (${url}).`,

    snapshotNotKept: 'Este instantâneo era grande demais para ser guardado no navegador, por isso não pode ser reenviado: envie um novo instantâneo.',
    sendingStopped: (detail: string): string => `O envio parou inesperadamente: ${detail}`,
  },

  settings: {
    settingProblemTitle: (setting: string): string => `Verifique a configuração do aplicativo “${setting}”`,
    idleDaysOutOfRange: (max: number, value: string, fallback: number): string =>
      `O limite de ociosidade deve ser um número inteiro de dias entre 0 e ${num(max)}; “${value}” foi ignorado e ${num(fallback)} foi usado.`,
    graceDaysOutOfRange: (max: number, value: string, fallback: number): string =>
      `O período de carência para novas licenças deve ser um número inteiro de dias entre 0 e ${num(max)}; “${value}” foi ignorado e ${num(fallback)} foi usado.`,
    priceNotANumber: (value: string): string =>
      `O preço mensal por licença paga deve ser um número simples, como 55 ou 55,50; “${value}” foi ignorado, por isso os custos não são exibidos.`,
    currencyUnknown: (value: string, fallback: string): string =>
      `A moeda do preço da licença deve ser um código de moeda de três letras, como BRL, USD ou EUR; “${value}” foi ignorado e ${fallback} foi usado.`,
    seatsNotANumber: (max: number, value: string): string =>
      `As licenças compradas devem ser um número inteiro entre 0 e ${num(max)}; “${value}” foi ignorado, por isso as licenças compradas e não atribuídas não são exibidas.`,
    exemptEntriesIgnored: (count: number, examples: string): string =>
      plural(count, {
        one: `Usuários isentos: # entrada não é e-mail nem ID de usuário e foi ignorada: ${examples}.`,
        ...rest(`Usuários isentos: # entradas não são e-mail nem ID de usuário e foram ignoradas: ${examples}.`),
      }),
    destinationUnknown: (value: string, valid: string): string =>
      `O destino dos instantâneos de uso deve ser ${valid}; “${value}” não é nenhum deles, então nenhum instantâneo é enviado até que seja corrigido.`,
    destinationIdInstance: (platform: string): string =>
      `O ${platform} precisa do ID da instância de integração que recebe os instantâneos: nenhum instantâneo é enviado até que ele seja definido.`,
    destinationIdAppAccount: (platform: string): string =>
      `O ${platform} precisa do ID da conta de aplicativo da integração personalizada que recebe os instantâneos: nenhum instantâneo é enviado até que ele seja definido.`,
    destinationIdApp: (platform: string): string =>
      `O ${platform} precisa do ID do aplicativo que recebe os instantâneos (criado uma vez no ${platform}): nenhum instantâneo é enviado até que ele seja definido.`,
    quotedEntry: (entry: string): string => `“${entry}”`,
    moreEntries: (count: number): string => plural(count, { one: 'mais #', ...rest('mais #') }),
  },

  app: {
    connecting: 'Conectando ao Zendesk',
    outsideZendeskTitle: 'Abra o Seat Review pelo Zendesk',
    outsideZendesk: 'Esta página é um aplicativo do Zendesk. Abra o Seat Review pelo ícone dele na navegação à esquerda do Zendesk Support.',
    hostSilentTitle: 'O Zendesk não respondeu',
    hostSilent: (seconds: number): string =>
      plural(seconds, {
        one: 'O aplicativo aguardou # segundo para o Zendesk registrá-lo. Recarregue a página; se isso continuar acontecendo, reinstale o aplicativo.',
        ...rest(
          'O aplicativo aguardou # segundos para o Zendesk registrá-lo. Recarregue a página; se isso continuar acontecendo, reinstale o aplicativo.',
        ),
      }),
    startFailedTitle: 'Não foi possível iniciar o Seat Review',
    refusedTitle: 'Somente administradores podem revisar licenças',
    refused: (name: string, role: string): string =>
      'O Seat Review mostra a licença e o histórico de login de cada agente, por isso é restrito aos administradores do Zendesk. ' +
      `Você está conectado como ${name} (${role}). Peça a um administrador desta conta se precisar de uma revisão de licenças.`,
    someUser: 'um usuário',
    noRole: 'sem função',
  },

  snapshot: {
    title: 'SaaS Management',
    sendsTo: (schema: string, host: string): string => `Os instantâneos de uso (${schema}) vão para ${host} pelo proxy seguro do Zendesk.`,
    downloadOnly: 'Os instantâneos de uso ainda podem ser baixados para envio manual.',
    send: 'Enviar instantâneo',
    sendWhenFinished: 'Enviar instantâneo ao concluir a revisão',
    willSendWhenFinished: 'Será enviado ao concluir a revisão',
    dontSend: 'Não enviar',
    downloadJson: 'Baixar JSON',
    downloadCsv: 'Baixar CSV',
    sendsToPlatform: (platform: string, target: string): string =>
      `Os instantâneos de uso vão para ${platform} (${target}) pelo proxy seguro do Zendesk.`,
    zluriInstance: (id: string): string => `instância ${id}`,
    toriiAppAccount: (id: string): string => `conta de aplicativo ${id}`,
    lumosApp: (id: string): string => `aplicativo ${id}`,
    sendTo: (platform: string): string => `Enviar para ${platform}`,
    sendToWhenFinished: (platform: string): string => `Enviar para ${platform} ao concluir a revisão`,
    downloadFlexera: 'Baixar para Flexera (JSON Lines, gzip)',
    downloadZylo: 'Baixar para Zylo (CSV)',
    flexeraNotGzipped:
      'Este navegador não consegue compactar arquivos, então o arquivo do Flexera foi salvo sem compactação (.jsonl): compacte-o com gzip antes de enviá-lo ao Flexera One.',
    flexeraTooLarge: (size: string, limit: string): string =>
      `O arquivo do Flexera tem ${size}, acima do limite de ${limit} por arquivo do Flexera One: divida-o e envie as partes como cargas incrementais (uma carga completa desativa os usuários que faltam no arquivo dela).`,
    historyButton: (count: number): string => `Histórico (${num(count)})`,
    queuedNote: 'O instantâneo será enviado assim que as sessões e as interações em tickets terminarem de carregar (ou forem canceladas).',
    waitsNote:
      'As sessões e as interações em tickets ainda estão carregando: um instantâneo enviado agora aguarda por elas, para que cada licença indique em que se baseia seu veredicto.',
    unwritableDates: (n: number): string =>
      plural(n, {
        one: '# data do Zendesk estava fora dos anos 0000–9999 que um instantâneo comporta e foi gravada como desconhecida (null).',
        ...rest('# datas do Zendesk estavam fora dos anos 0000–9999 que um instantâneo comporta e foram gravadas como desconhecidas (null).'),
      }),
    sendingLabel: 'Enviando instantâneo',
    sendingPart: (index: number, count: number): string => `Enviando parte ${num(index)} de ${num(count)}…`,
    sending: 'Enviando…',

    waitRateLimited: (seconds: number): string => `O SaaS Management pediu para reduzir o ritmo: nova tentativa em ${num(seconds)} s.`,
    waitServerError: (status: number, seconds: number): string =>
      `O SaaS Management teve um erro de servidor (${status}): nova tentativa em ${num(seconds)} s.`,
    waitSyncBusy: (platform: string, seconds: number): string =>
      `O ${platform} está executando outra sincronização (409): nova tentativa em ${num(seconds)} s.`,
    waitNoAnswer: (seconds: number): string => `Sem resposta do SaaS Management: nova tentativa em ${num(seconds)} s.`,

    pendingTitle: (accepted: number, count: number): string =>
      plural(count, {
        one: `Instantâneo ainda não enviado: ${num(accepted)} de # parte aceita`,
        ...rest(`Instantâneo ainda não enviado: ${num(accepted)} de # partes aceitas`),
      }),
    refusedTitle: (accepted: number, count: number): string =>
      plural(count, {
        one: `O SaaS Management recusou o instantâneo: ${num(accepted)} de # parte aceita`,
        ...rest(`O SaaS Management recusou o instantâneo: ${num(accepted)} de # partes aceitas`),
      }),
    interrupted: 'O envio foi interrompido.',
    endpointChangedSince:
      'A configuração de URL de destino do SaaS Management mudou desde que este instantâneo foi iniciado. Use Tentar novamente para enviá-lo inteiro, a partir da parte 1, ao novo destino, ou Descartar para descartá-lo.',
    endpointChangedSinceAfter: (accepted: number): string =>
      plural(accepted, {
        one: 'A configuração de URL de destino do SaaS Management mudou desde que este instantâneo foi iniciado (# parte foi para o destino anterior). Use Tentar novamente para enviá-lo inteiro, a partir da parte 1, ao novo destino, ou Descartar para descartá-lo.',
        ...rest(
          'A configuração de URL de destino do SaaS Management mudou desde que este instantâneo foi iniciado (# partes foram para o destino anterior). Use Tentar novamente para enviá-lo inteiro, a partir da parte 1, ao novo destino, ou Descartar para descartá-lo.',
        ),
      }),
    keptNotPersistent:
      'Este navegador não permite que aplicativos do Zendesk guardem dados (o armazenamento de terceiros está bloqueado), por isso ele fica guardado apenas enquanto o Seat Review estiver aberto.',
    keptNoRoom: 'Guardado apenas enquanto o Seat Review estiver aberto: este navegador não tinha espaço para ele.',
    keptEndpointChanged: 'Guardado neste navegador (sem o token) até você usar Tentar novamente ou Descartar.',
    keptRefused: 'Guardado neste navegador (sem o token): corrija a causa e use Tentar novamente.',
    keptResent: 'Guardado neste navegador (sem o token) e enviado novamente na próxima vez que o Seat Review abrir, ou agora com Tentar novamente.',
    retry: 'Tentar novamente',
    discard: 'Descartar',

    // `result` is the component's marker for the coloured result word: it must appear exactly once.
    lastPush: (when: string, accepted: number, count: number, result: string): string =>
      plural(count, {
        one: `Último envio em ${when}: ${num(accepted)} de # parte aceita, ${result}.`,
        ...rest(`Último envio em ${when}: ${num(accepted)} de # partes aceitas, ${result}.`),
      }),
    lastPushSent: 'enviado',
    lastPushRefused: 'recusado',
    lastPushUnfinished: 'não concluído',

    endpointMissing: (setting: string): string => `Defina a configuração do aplicativo “${setting}” (${destino}) para enviar instantâneos.`,
    endpointPlaceholder: (setting: string, value: string): string =>
      `A configuração do aplicativo “${setting}” (${destino}) não pode conter marcadores de posição: “${value}”.`,
    endpointNotUrl: (setting: string, value: string): string =>
      `A configuração do aplicativo “${setting}” (${destino}) não é uma URL absoluta válida: “${value}”.`,
    endpointCredentials: (setting: string, tokenSetting: string): string =>
      `A configuração do aplicativo “${setting}” (${destino}) não pode conter nome de usuário nem senha; o token é enviado pela configuração “${tokenSetting}”.`,
    endpointNotHttps: (setting: string, got: string): string =>
      `A configuração do aplicativo “${setting}” (${destino}) deve ser um endereço https:// (recebido: “${got}”).`,
    endpointNotWhitelisted: (setting: string, host: string, hosts: string): string =>
      `O domínio da configuração do aplicativo “${setting}” (${destino}), “${host}”, não está na lista de domínios permitidos do aplicativo (${hosts}): o Zendesk envia o token apenas a domínios permitidos. Empacote o aplicativo com “npm run package -- --saas-domain ${host}” e atualize-o.`,
    endpointNotWhitelistedEmpty: (setting: string, host: string): string =>
      `O domínio da configuração do aplicativo “${setting}” (${destino}), “${host}”, não está na lista de domínios permitidos do aplicativo (nenhum domínio): o Zendesk envia o token apenas a domínios permitidos. Empacote o aplicativo com “npm run package -- --saas-domain ${host}” e atualize-o.`,

    tooLarge: (partUsers: number, minUsers: number): string =>
      `O SaaS Management recusou uma parte de ${usuarios(partUsers)} por ser grande demais (413), mesmo no menor tamanho de parte (${usuarios(minUsers)}): aumente o limite de tamanho de solicitação do receptor.`,
    tokenRefusedSaying: (detail: string, tokenSetting: string): string =>
      `O SaaS Management não aceitou o token (401): ${detail}. Verifique a configuração do aplicativo “${tokenSetting}” e se o escopo dele permite o cabeçalho.`,
    tokenRefused: (tokenSetting: string): string =>
      `O SaaS Management não aceitou o token (401). Verifique a configuração do aplicativo “${tokenSetting}” e se o escopo dele permite o cabeçalho.`,

    restartEndpointChanged:
      'A configuração de URL de destino do SaaS Management mudou: o instantâneo inteiro foi enviado novamente, a partir da parte 1, ao novo destino.',
    restartEndpointChangedAfter: (acceptedBefore: number): string =>
      plural(acceptedBefore, {
        one: 'A configuração de URL de destino do SaaS Management mudou depois que # parte foi aceita pelo destino anterior: o instantâneo inteiro foi enviado novamente, a partir da parte 1, ao novo destino.',
        ...rest(
          'A configuração de URL de destino do SaaS Management mudou depois que # partes foram aceitas pelo destino anterior: o instantâneo inteiro foi enviado novamente, a partir da parte 1, ao novo destino.',
        ),
      }),
    restartSyncGone: (acceptedBefore: number): string =>
      plural(acceptedBefore, {
        one: 'A sincronização do Zluri para a qual este instantâneo ia tinha terminado depois que # página foi aceita: uma nova sincronização foi iniciada e todas as páginas foram enviadas novamente a partir da página 1.',
        ...rest(
          'A sincronização do Zluri para a qual este instantâneo ia tinha terminado depois que # páginas foram aceitas: uma nova sincronização foi iniciada e todas as páginas foram enviadas novamente a partir da página 1.',
        ),
      }),
    restartSplit: (perPart: number): string =>
      `O SaaS Management recusou uma parte por ser grande demais (413): o instantâneo foi dividido em partes de no máximo ${usuarios(perPart)} e enviado novamente, a partir da parte 1, com um novo ID de instantâneo.`,

    notKeptSent: 'Este navegador não pôde guardar o instantâneo: ele foi enviado.',
    notKeptPending:
      'Este navegador não pôde guardar o instantâneo: ele não sobreviverá a um recarregamento da página. Tente novamente enquanto o Seat Review estiver aberto, ou baixe-o.',
    historyNotKept: 'Este navegador não pôde guardar o histórico de instantâneos: o que aparece aqui não sobreviverá a um recarregamento da página.',

    refusedRosterLoading: 'O envio será possível quando todas as licenças estiverem carregadas.',
    refusedRosterFailed:
      'Não enviado: o carregamento parou antes de todas as licenças serem carregadas, então faltariam licenças no instantâneo. Retome o carregamento e depois envie.',
    refusedRosterIncomplete:
      'Não enviado: o Zendesk entregou menos licenças do que contou, então faltariam licenças no instantâneo. Recarregue e depois envie.',

    historyLabel: 'Histórico de instantâneos',
    historyGenerated: 'Gerado em',
    historySeats: 'Licenças',
    historyIdlePaid: 'Pagas ociosas',
    historySuspended: 'Suspensas',
    historyParts: 'Partes',
    historyChange: 'Mudança desde o instantâneo anterior',
    historyStatus: 'Status',
    firstSnapshot: 'Primeiro instantâneo',
    statusSending: 'Enviando',
    statusInterrupted: 'Interrompido',
    statusSent: 'Enviado',
    statusPending: 'Pendente',
    statusRefused: 'Recusado',
    statusSuperseded: 'Não enviado (substituído)',

    changeNewIdle: (n: number): string => plural(n, { one: '# nova licença ociosa', ...rest('# novas licenças ociosas') }),
    changeNoLongerIdle: (n: number): string => plural(n, { one: '# deixou de estar ociosa', ...rest('# deixaram de estar ociosas') }),
    changeAdded: (n: number): string => plural(n, { one: '# licença adicionada', ...rest('# licenças adicionadas') }),
    changeGone: (n: number): string => plural(n, { one: '# licença removida', ...rest('# licenças removidas') }),
    changeSuspended: (n: number): string => plural(n, { one: '# suspensa recentemente', ...rest('# suspensas recentemente') }),
    changeUnsuspended: (n: number): string => plural(n, { one: '# deixou de estar suspensa', ...rest('# deixaram de estar suspensas') }),
    noChange: 'Sem mudanças',
    syncBusy: (platform: string, tries: number): string =>
      plural(tries, {
        one: `O ${platform} estava executando outra sincronização (409), então nada novo foi sincronizado. Use Tentar novamente quando ela terminar.`,
        ...rest(
          `O ${platform} ainda estava executando outra sincronização depois de # tentativas (409), então nada novo foi sincronizado. Use Tentar novamente quando ela terminar.`,
        ),
      }),
    noSyncId: (platform: string, setting: string): string =>
      `O ${platform} respondeu sem o ID da sincronização que iniciou, então nada foi sincronizado. Tente novamente; se acontecer de novo, verifique a configuração do aplicativo “${setting}”.`,
    noFileId: (platform: string): string =>
      `O ${platform} respondeu ao envio sem um ID de arquivo, então nada foi sincronizado. Tente novamente mais tarde.`,
    syncFailed: (platform: string): string =>
      `O ${platform} aceitou todas as páginas e depois informou que a sincronização falhou: veja a sincronização no ${platform} para saber o motivo e use Tentar novamente.`,
    destinationNotWhitelisted: (platform: string, host: string, name: string): string =>
      `O ${platform} recebe instantâneos em “${host}”, que não está na lista de domínios permitidos do aplicativo: o Zendesk envia o token apenas para hosts dessa lista. Empacote o aplicativo com “npm run package -- --destination ${name}” e atualize-o.`,
    toriiFileTooLarge: (size: string, limit: string): string =>
      `Nada foi enviado: as licenças formam um arquivo do Torii de ${size}, acima dos ${limit} que o Torii aceita em um único envio pelo proxy do Zendesk. Envie para o Zluri ou o Lumos, que aceitam listas maiores.`,
  },

  release: {
    // ---- the preview ----
    userById: (id: number): string => `Usuário ${id}`,
    previewTitleNamed: (name: string): string => `Liberar a licença de ${name}`,
    previewTitle: (count: number): string => plural(count, { one: 'Liberar # licença', ...rest('Liberar # licenças') }),
    confirm: (count: number): string => plural(count, { one: 'Liberar # licença', ...rest('Liberar # licenças') }),
    // The admin types the number as shown, digits only.
    typeToConfirm: (count: number): string => `Digite ${count} para confirmar`,
    targetLegend: 'Rebaixar para',
    targetEndUser: 'Usuário final',
    targetLightAgent: 'Agente light',
    targetLightAgentNamed: (role: string): string => `Agente light (${role})`,
    endUserHint: 'Libera a licença de agente. O usuário mantém o perfil e os tickets que solicitou.',
    lightAgentHint: 'Libera a licença de agente; o usuário ainda pode ver tickets e adicionar comentários privados.',
    lightAgentChecking: 'Verificando se a conta tem uma função de agente light…',
    lightAgentRolesFailed: 'A opção Agente light não é oferecida: não foi possível ler as funções personalizadas da conta.',
    lightAgentNone: 'A opção Agente light não é oferecida: a conta não tem uma função de agente light.',
    ticketFateEndUser:
      'O Zendesk reatribui a você, o administrador que faz a alteração, os tickets não fechados de cada licença (ou a outro agente do grupo do ticket, se você não fizer parte dele). Tickets fechados mantêm o atribuído. O usuário sai dos seus grupos.',
    ticketFateLightAgent: 'O Zendesk reatribui os tickets resolvidos de cada licença e remove a atribuição dos demais tickets não resolvidos.',
    openTicketsCounting: 'contando…',
    openTicketsUnknown: 'desconhecido',
    seatTicketsNone: 'nenhum para mover',
    seatTicketsAnyReassigned: 'os abertos, se houver, são reatribuídos a você',
    seatTicketsAnyUnassigned: 'os abertos, se houver, ficam sem atribuição',
    seatTicketsReassigned: (count: number): string => plural(count, { one: 'reatribuído a você', ...rest('todos reatribuídos a você') }),
    seatTicketsUnassigned: (count: number): string => plural(count, { one: 'fica sem atribuição', ...rest('todos ficam sem atribuição') }),
    previewSeat: 'Licença',
    previewWhy: 'Por que parece ociosa',
    previewTickets: 'Tickets abertos atribuídos',
    previewFate: 'O que o Zendesk faz',
    noIdleReason: 'Não marcada como ociosa',
    warningIntegrations: 'Integrações que o usuário autorizou (concessões OAuth, tokens de API) podem parar de funcionar.',
    warningMacros: 'O que acontece com as macros e visualizações pessoais do usuário não está documentado pelo Zendesk.',
    warningBill: 'A fatura só diminui quando o responsável pela conta reduz o número de licenças na Central de administração.',
    countingFailed: (problem: string): string => `A contagem de tickets abertos parou: ${problem}`,
    rolesFailed: (problem: string): string => `Não foi possível ler as funções personalizadas da conta: ${problem}`,
    flaggedAdmin: (name: string): string => `${name} tem a função de administrador. Liberar a licença de ${name} mesmo assim?`,
    flaggedExempt: (name: string): string => `${name} está na lista de isentos. Liberar a licença de ${name} mesmo assim?`,
    anywayNamed: (name: string): string => `Liberar a licença de ${name} mesmo assim`,
    anyway: (count: number): string => plural(count, { one: 'Liberar # licença mesmo assim', ...rest('Liberar # licenças mesmo assim') }),
    cancel: 'Cancelar',
    back: 'Voltar',
    closeDialog: 'Fechar',

    // ---- progress ----
    releasing: (done: number, total: number): string =>
      plural(total, { one: `Liberando ${num(done)} de # licença`, ...rest(`Liberando ${num(done)} de # licenças`) }),
    restoring: (done: number, total: number): string =>
      plural(total, { one: `Restaurando ${num(done)} de # licença`, ...rest(`Restaurando ${num(done)} de # licenças`) }),
    etaEstimating: 'Estimando o tempo restante…',
    etaAlmostDone: 'Quase concluído',
    etaSeconds: (n: number): string => plural(n, { one: 'Cerca de # segundo restante', ...rest('Cerca de # segundos restantes') }),
    etaMinutes: (n: number): string => plural(n, { one: 'Cerca de # minuto restante', ...rest('Cerca de # minutos restantes') }),
    etaHours: (n: number): string => plural(n, { one: 'Cerca de # hora restante', ...rest('Cerca de # horas restantes') }),
    etaDays: (n: number): string => plural(n, { one: 'Cerca de # dia restante', ...rest('Cerca de # dias restantes') }),
    waitJobSlot: 'Aguardando a conclusão de uma de suas tarefas (o Zendesk executa no máximo 30 por vez).',
    waitTooManyJobs: 'O limite de tarefas do Zendesk foi atingido; aguardando a conclusão de tarefas.',
    waitRateLimited: 'O Zendesk pediu para reduzir o ritmo (limite de taxa); aguardando antes da próxima solicitação.',
    waitServerError: 'O Zendesk teve um erro de servidor; nova tentativa em instantes.',
    waitNetworkError: 'Sem resposta do Zendesk; nova tentativa em instantes.',
    jobsInFlight: (n: number): string => plural(n, { one: '# tarefa em andamento', ...rest('# tarefas em andamento') }),
    cancelRun: 'Cancelar',
    cancelling: 'Cancelando: nenhuma tarefa nova é enviada; as tarefas já enviadas são concluídas.',

    // ---- the report ----
    outcomeReleased: 'Liberada',
    outcomeRefused: 'Recusada',
    outcomeUnknown: 'Desconhecida',
    outcomeNotAttempted: 'Não tentada',
    outcomePending: 'Pendente',
    // `detail` is Zendesk's own message, in English as Zendesk sends it.
    refusedOwner: 'O responsável pela conta não pode ser rebaixado',
    refusedOwnerSaying: (detail: string): string => `O responsável pela conta não pode ser rebaixado (Zendesk: ${detail})`,
    refusedChange: 'O Zendesk recusou a alteração',
    refusedChangeSaying: (detail: string): string => `O Zendesk recusou a alteração: ${detail}`,
    refusedForbidden: 'O Zendesk não permitiu a alteração (somente administradores podem alterar funções)',
    refusedForbiddenSaying: (detail: string): string =>
      `O Zendesk não permitiu a alteração (somente administradores podem alterar funções): ${detail}`,
    refusedNotFound: 'Esse usuário não existe mais no Zendesk',
    refusedNotFoundSaying: (detail: string): string => `Esse usuário não existe mais no Zendesk: ${detail}`,
    refusedJobFailed: 'A tarefa em segundo plano do Zendesk falhou',
    refusedJobFailedSaying: (detail: string): string => `A tarefa em segundo plano do Zendesk falhou: ${detail}`,
    closedBeforeAnswer: 'Resultado desconhecido: o aplicativo foi fechado antes da resposta do Zendesk',
    answerUnreadable: (problem: string): string => `Não foi possível ler a resposta do Zendesk: ${problem}`,
    cancelledBeforeSent: 'Cancelado antes do envio',
    restored: 'Restaurada',
    restoreRefused: (reason: string): string => `Restauração recusada: ${reason}`,
    restoreUnknown: (problem: string): string => `Resultado da restauração desconhecido: ${problem}`,
    restoreNotSent: (problem: string): string => `Restauração não enviada: ${problem}`,
    restoreCancelled: 'Restauração cancelada antes do envio',
    countReleased: (n: number): string => plural(n, { one: '# liberada', ...rest('# liberadas') }),
    countRefused: (n: number): string => plural(n, { one: '# recusada', ...rest('# recusadas') }),
    countUnknown: (n: number): string => plural(n, { one: '# desconhecida', ...rest('# desconhecidas') }),
    countNotAttempted: (n: number): string => plural(n, { one: '# não tentada', ...rest('# não tentadas') }),
    countPending: (n: number): string => plural(n, { one: '# pendente', ...rest('# pendentes') }),
    countRestored: (n: number): string => plural(n, { one: '# restaurada', ...rest('# restauradas') }),
    reportToEndUser: (when: string, count: number): string =>
      plural(count, { one: `${when}: # licença rebaixada a usuário final`, ...rest(`${when}: # licenças rebaixadas a usuário final`) }),
    reportToLightAgent: (when: string, count: number): string =>
      plural(count, { one: `${when}: # licença rebaixada a agente light`, ...rest(`${when}: # licenças rebaixadas a agente light`) }),
    reportToEndUserCancelled: (when: string, count: number): string =>
      plural(count, {
        one: `${when}: # licença rebaixada a usuário final (cancelado)`,
        ...rest(`${when}: # licenças rebaixadas a usuário final (cancelado)`),
      }),
    reportToLightAgentCancelled: (when: string, count: number): string =>
      plural(count, {
        one: `${when}: # licença rebaixada a agente light (cancelado)`,
        ...rest(`${when}: # licenças rebaixadas a agente light (cancelado)`),
      }),
    reportHeading: 'Relatório de liberação',
    historyHeading: 'Histórico de liberações',
    historyToggle: (count: number): string => `Histórico de liberações (${num(count)})`,
    reportSeat: 'Licença',
    reportOutcome: 'Resultado',
    reportTickets: 'Tickets abertos',
    reportBefore: 'Função anterior',
    reportRestore: 'Restaurar',
    restore: 'Restaurar',
    restoreAll: (count: number): string => `Restaurar todas as liberadas (${num(count)})`,
    download: 'Baixar CSV',
    closeReport: 'Fechar',
    releaseThisSeat: 'Liberar esta licença',
    notRestored:
      'Restaurar devolve a função e a função personalizada da licença. O Zendesk não restaura atribuições de tickets nem a participação em grupos: reatribua os tickets e adicione o agente de volta aos grupos manualmente.',
    notKept: 'Não foi possível guardar este relatório neste navegador: baixe-o agora, ou ele será perdido quando o Seat Review for fechado.',

    // ---- money ----
    bill: (released: number): string =>
      plural(released, {
        one: 'O Zendesk continua cobrando esta licença até que o responsável pela conta reduza o número de licenças da assinatura na Central de administração (geralmente a partir do próximo ciclo de cobrança). Reduza-o em até #.',
        ...rest(
          'O Zendesk continua cobrando estas # licenças até que o responsável pela conta reduza o número de licenças da assinatura na Central de administração (geralmente a partir do próximo ciclo de cobrança). Reduza-o em até #.',
        ),
      }),
    saving: (released: number, seatPrice: number): string =>
      `A ${money(seatPrice)} por licença, reduzir o número em ${num(released)} economiza ${money(released * seatPrice)} por mês.`,

    // ---- idle reasons as a report keeps them ----
    keptNeverSignedIn: 'Nunca fez login',
    keptApiOnlySignIn: 'Login só pela API?',
    keptNoSignIn: (days: number): string => plural(days, { one: 'Sem login há #+ dias', ...rest('Sem login há #+ dias') }),
    keptNoInteractions: (days: number): string =>
      plural(days, { one: 'Nenhuma interação em tickets em # dia', ...rest('Nenhuma interação em tickets em # dias') }),

    // ---- the report's CSV: column headers ----
    csvUserId: 'ID do usuário',
    csvName: 'Nome',
    csvEmail: 'E-mail',
    csvOutcome: 'Resultado',
    csvReason: 'Motivo',
    csvIdleReasons: 'Por que parecia ociosa',
    csvOpenTickets: 'Tickets abertos',
    csvPreviousRole: 'Função anterior',
    csvRestore: 'Restaurar',
  },
  history: {
    title: 'Histórico de licenças',
    keptInZendesk: 'Guardado no Zendesk: todos os administradores veem o mesmo histórico.',
    loading: 'Carregando o histórico de licenças…',
    empty: 'Nenhuma revisão registrada ainda: esta será o primeiro dia do histórico.',
    fallbackTitle: 'Histórico guardado só neste navegador',
    fallbackPlan:
      'Seu plano do Zendesk não tem espaço para o objeto personalizado do aplicativo: outros administradores e outros navegadores não veem este histórico. Planos com objetos personalizados o guardam no Zendesk.',
    fallbackNotInstalled:
      'O Seat Review foi instalado sem o seu objeto personalizado (Seat Review day): outros administradores e outros navegadores não veem este histórico. Reinstale o aplicativo para guardá-lo no Zendesk.',
    fallbackUnreadable:
      'Não foi possível ler o histórico do Zendesk agora: esta é a cópia deste navegador. Ele será lido de novo na próxima vez que o Seat Review for aberto.',
    writeProblem: (reason: string): string => `Não foi possível adicionar a revisão de hoje ao histórico: ${reason}`,
    lastSnapshotLabel: 'Último instantâneo:',
    snapshotSent: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, {
        one: `Enviado: ${when}, ${kind}, ${num(accepted)} de # parte aceita`,
        ...rest(`Enviado: ${when}, ${kind}, ${num(accepted)} de # partes aceitas`),
      }),
    snapshotPartial: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, {
        one: `Enviado em parte: ${when}, ${kind}, ${num(accepted)} de # parte aceita`,
        ...rest(`Enviado em parte: ${when}, ${kind}, ${num(accepted)} de # partes aceitas`),
      }),
    snapshotFailed: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, {
        one: `Envio interrompido: ${when}, ${kind}, ${num(accepted)} de # parte aceita`,
        ...rest(`Envio interrompido: ${when}, ${kind}, ${num(accepted)} de # partes aceitas`),
      }),
    snapshotRejected: (when: string, kind: string, accepted: number, parts: number): string =>
      plural(parts, {
        one: `Recusado pelo SaaS Management: ${when}, ${kind}, ${num(accepted)} de # parte aceita`,
        ...rest(`Recusado pelo SaaS Management: ${when}, ${kind}, ${num(accepted)} de # partes aceitas`),
      }),
    snapshotNotConfigured: (when: string, kind: string): string =>
      `Revisão: ${when}, ${kind}; não enviado, nenhuma URL de destino do SaaS Management configurada`,
    runManual: 'manual',
    runUnattended: 'automática',
    runUnknown: 'execução não registrada',
    ranBy: (name: string): string => `Executada por ${name}`,
    noSnapshot: 'Nenhum instantâneo registrado ainda.',
    changeSince: (day: string, changes: string): string => `Desde a revisão anterior (${day}): ${changes}`,
    changePaid: (n: number, change: string): string => plural(n, { one: `${change} licença paga`, ...rest(`${change} licenças pagas`) }),
    changeIdle: (n: number, change: string): string =>
      plural(n, { one: `${change} provavelmente ociosa`, ...rest(`${change} provavelmente ociosas`) }),
    changeSuspended: (n: number, change: string): string => plural(n, { one: `${change} suspensa`, ...rest(`${change} suspensas`) }),
    changeCost: (amount: string): string => `${amount} por mês`,
    seriesPaid: 'Licenças pagas',
    seriesIdle: 'Provavelmente ociosas',
    seriesSuspended: 'Suspensas',
    seriesCost: 'Custo mensal das licenças ociosas e suspensas',
    noReviewThatDay: 'Sem revisão nesse dia',
    chartRange: (days: number, from: string, to: string, reviewed: number): string =>
      plural(days, {
        one: `Licenças em ${from}: ${num(reviewed)} revisado.`,
        ...rest(`Licenças em # dias, de ${from} a ${to}: ${num(reviewed)} revisados, ${num(days - reviewed)} sem revisão.`),
      }),
    chartLatest: (day: string, paid: number, idle: number, suspended: number): string =>
      `Última revisão, ${day}: ${num(paid)} pagas, ${num(idle)} provavelmente ociosas, ${num(suspended)} suspensas.`,
    costLatest: (day: string, amount: string): string => `Em ${day}, as licenças ociosas e suspensas custavam ${amount} por mês.`,
    showTable: 'Ver como tabela',
    tableLabel: 'Histórico de licenças por dia',
    reviewedDays: (reviewed: number, days: number): string =>
      plural(days, { one: `${num(reviewed)} de # dia revisado`, ...rest(`${num(reviewed)} dos últimos # dias revisados`) }),
    columnDay: 'Dia',
    columnPaid: 'Pagas',
    columnIdle: 'Provavelmente ociosas',
    columnSuspended: 'Suspensas',
    columnCost: 'Custo mensal',
    columnSnapshot: 'Instantâneo',
    columnRun: 'Executada por',
    statusSent: 'Enviado',
    statusPartial: 'Enviado em parte',
    statusFailed: 'Interrompido',
    statusRejected: 'Recusado',
    statusNotConfigured: 'Não enviado (sem URL de destino)',
    none: '—',
  },
} satisfies LocaleCatalogue;
