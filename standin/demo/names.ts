/**
 * Reference data for the demo account: names, locales and time zones as Zendesk shows
 * them, and the reserved `.example` domains used for every email address.
 */
export const FIRST_NAMES = [
  'Aaliyah', 'Aaron', 'Abigail', 'Adebayo', 'Aditi', 'Ahmed', 'Aiko', 'Alejandro', 'Alice',
  'Amara', 'Amelia', 'Ana', 'Andrea', 'Andrés', 'Anika', 'Anna', 'Arjun', 'Astrid', 'Ava',
  'Beatriz', 'Benjamin', 'Björn', 'Camila', 'Carlos', 'Charlotte', 'Chen', 'Chiara', 'Chloe',
  'Daniel', 'David', 'Deepa', 'Diego', 'Elena', 'Eli', 'Elif', 'Emily', 'Emma', 'Erik',
  'Ethan', 'Fatima', 'Felix', 'Fernanda', 'Finn', 'François', 'Freya', 'Gabriel', 'Grace',
  'Hana', 'Hannah', 'Harper', 'Henrik', 'Hiroshi', 'Ibrahim', 'Ingrid', 'Isabella', 'Isaac',
  'Jack', 'James', 'Javier', 'Jin', 'João', 'Jonas', 'Julia', 'Kai', 'Kamala', 'Karim',
  'Katarzyna', 'Kenji', 'Laila', 'Lars', 'Laura', 'Leila', 'Leon', 'Liam', 'Lucas', 'Lucía',
  'Maja', 'Malik', 'Marco', 'María', 'Mateo', 'Maya', 'Mei', 'Mia', 'Mohammed', 'Nadia',
  'Naomi', 'Nikolai', 'Noah', 'Nora', 'Olivia', 'Omar', 'Oscar', 'Pablo', 'Priya', 'Rafael',
  'Rahul', 'Renée', 'Rosa', 'Sakura', 'Samuel', 'Sara', 'Siobhán', 'Sofia', 'Sven', 'Tariq',
  'Thomas', 'Valentina', 'Wei', 'William', 'Yara', 'Yusuf', 'Zanele', 'Zoë',
] as const;

export const LAST_NAMES = [
  'Abe', 'Adeyemi', 'Alvarez', 'Andersen', 'Bakker', 'Banerjee', 'Becker', 'Bianchi', 'Brown',
  'Campbell', 'Castro', 'Chen', 'Clarke', 'Costa', 'Dubois', 'Dupont', 'Eriksson', 'Fernández',
  'Fischer', 'García', 'Gonzalez', 'Gupta', 'Hansen', 'Harris', 'Hoffmann', 'Hughes', 'Ivanova',
  'Jansen', 'Johansson', 'Johnson', 'Jones', 'Kaur', 'Khan', 'Kim', 'Kowalski', 'Kumar', 'Larsen',
  'Lee', 'Li', 'López', 'Martin', 'Martínez', 'Mendes', 'Meyer', 'Moreau', 'Müller', 'Murphy',
  'Nakamura', 'Nguyen', 'Nielsen', 'Novak', "O'Brien", 'Okafor', 'Olsen', 'Park', 'Patel',
  'Pereira', 'Petrov', 'Ramírez', 'Rossi', 'Russo', 'Sato', 'Schmidt', 'Schneider', 'Silva',
  'Singh', 'Smith', 'Suzuki', 'Svensson', 'Tanaka', 'Taylor', 'Thompson', 'Van der Berg',
  'Wagner', 'Walker', 'Wang', 'Watanabe', 'Weber', 'Williams', 'Wilson', 'Wójcik', 'Yamamoto',
  'Yilmaz', 'Zhang', 'Zimmermann',
] as const;

/** Zendesk's `locale`, `locale_id`, Rails `time_zone` name and `iana_time_zone`. */
export interface LocaleZone {
  locale: string;
  localeId: number;
  timeZone: string;
  ianaTimeZone: string;
}

export const LOCALE_ZONES: readonly LocaleZone[] = [
  { locale: 'en-US', localeId: 1, timeZone: 'Eastern Time (US & Canada)', ianaTimeZone: 'America/New_York' },
  { locale: 'en-US', localeId: 1, timeZone: 'Central Time (US & Canada)', ianaTimeZone: 'America/Chicago' },
  { locale: 'en-US', localeId: 1, timeZone: 'Pacific Time (US & Canada)', ianaTimeZone: 'America/Los_Angeles' },
  { locale: 'en-US', localeId: 1, timeZone: 'Eastern Time (US & Canada)', ianaTimeZone: 'America/New_York' },
  { locale: 'en-gb', localeId: 1176, timeZone: 'London', ianaTimeZone: 'Europe/London' },
  { locale: 'de', localeId: 8, timeZone: 'Berlin', ianaTimeZone: 'Europe/Berlin' },
  { locale: 'fr', localeId: 16, timeZone: 'Paris', ianaTimeZone: 'Europe/Paris' },
  { locale: 'es', localeId: 2, timeZone: 'Madrid', ianaTimeZone: 'Europe/Madrid' },
  { locale: 'pt-br', localeId: 19, timeZone: 'Brasilia', ianaTimeZone: 'America/Sao_Paulo' },
  { locale: 'ja', localeId: 67, timeZone: 'Tokyo', ianaTimeZone: 'Asia/Tokyo' },
  { locale: 'en-US', localeId: 1, timeZone: 'Sydney', ianaTimeZone: 'Australia/Sydney' },
];

/** Where end users (customers) have their addresses; agents use the company's domain. */
export const CUSTOMER_DOMAINS = [
  'example.com', 'example.net', 'example.org', 'mail.example', 'globex.example',
  'initech.example', 'umbrella.example', 'hooli.example',
] as const;

/** The ticket-sharing partner whose agents appear as shared agents. */
export const PARTNER_DOMAIN = 'partner-support.example';

const emailParts = new Map<string, string>();

/** Lower-case ASCII local-part fragment of a name: "Siobhán O'Brien" → "siobhan", "obrien". */
export function emailPart(name: string): string {
  let part = emailParts.get(name);
  if (part === undefined) {
    part = name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '');
    emailParts.set(name, part);
  }
  return part;
}
