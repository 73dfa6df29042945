import { oneLine } from './markdown-text.ts';

/** A time zone the setup card offers: IANA id and a title people recognise. */
export interface TimeZoneChoice {
  readonly value: string;
  readonly title: string;
}

/** About forty common IANA zones, roughly west to east, for the setup card's filtered picker. */
export const COMMON_TIME_ZONES: readonly TimeZoneChoice[] = [
  { value: 'Pacific/Honolulu', title: 'Hawaii (Honolulu)' },
  { value: 'America/Anchorage', title: 'Alaska (Anchorage)' },
  { value: 'America/Los_Angeles', title: 'US Pacific (Los Angeles, Seattle)' },
  { value: 'America/Vancouver', title: 'Canada Pacific (Vancouver)' },
  { value: 'America/Phoenix', title: 'Arizona (Phoenix, no DST)' },
  { value: 'America/Denver', title: 'US Mountain (Denver)' },
  { value: 'America/Chicago', title: 'US Central (Chicago, Dallas)' },
  { value: 'America/Mexico_City', title: 'Mexico City' },
  { value: 'America/New_York', title: 'US Eastern (New York, Miami)' },
  { value: 'America/Toronto', title: 'Canada Eastern (Toronto)' },
  { value: 'America/Bogota', title: 'Colombia (Bogotá)' },
  { value: 'America/Halifax', title: 'Canada Atlantic (Halifax)' },
  { value: 'America/Sao_Paulo', title: 'Brazil (São Paulo)' },
  { value: 'America/Argentina/Buenos_Aires', title: 'Argentina (Buenos Aires)' },
  { value: 'Atlantic/Reykjavik', title: 'Iceland (Reykjavík)' },
  { value: 'UTC', title: 'UTC (Coordinated Universal Time)' },
  { value: 'Europe/London', title: 'UK (London)' },
  { value: 'Europe/Dublin', title: 'Ireland (Dublin)' },
  { value: 'Europe/Lisbon', title: 'Portugal (Lisbon)' },
  { value: 'Europe/Paris', title: 'Central Europe (Paris)' },
  { value: 'Europe/Berlin', title: 'Central Europe (Berlin)' },
  { value: 'Europe/Amsterdam', title: 'Central Europe (Amsterdam)' },
  { value: 'Europe/Madrid', title: 'Central Europe (Madrid)' },
  { value: 'Europe/Rome', title: 'Central Europe (Rome)' },
  { value: 'Europe/Stockholm', title: 'Central Europe (Stockholm)' },
  { value: 'Europe/Warsaw', title: 'Central Europe (Warsaw)' },
  { value: 'Europe/Athens', title: 'Eastern Europe (Athens)' },
  { value: 'Europe/Helsinki', title: 'Eastern Europe (Helsinki)' },
  { value: 'Africa/Johannesburg', title: 'South Africa (Johannesburg)' },
  { value: 'Africa/Lagos', title: 'West Africa (Lagos)' },
  { value: 'Europe/Istanbul', title: 'Turkey (Istanbul)' },
  { value: 'Asia/Dubai', title: 'Gulf (Dubai)' },
  { value: 'Asia/Kolkata', title: 'India (Kolkata, Mumbai)' },
  { value: 'Asia/Singapore', title: 'Singapore' },
  { value: 'Asia/Shanghai', title: 'China (Shanghai)' },
  { value: 'Asia/Hong_Kong', title: 'Hong Kong' },
  { value: 'Asia/Tokyo', title: 'Japan (Tokyo)' },
  { value: 'Australia/Perth', title: 'Australia Western (Perth)' },
  { value: 'Australia/Brisbane', title: 'Australia Eastern (Brisbane, no DST)' },
  { value: 'Australia/Sydney', title: 'Australia Eastern (Sydney, Melbourne)' },
  { value: 'Pacific/Auckland', title: 'New Zealand (Auckland)' },
];

/** The zone's friendly title, or the id itself when it is not one of the common ones. */
export function timeZoneTitle(zone: string): string {
  return COMMON_TIME_ZONES.find((z) => z.value === zone)?.title ?? zone;
}

/** The common zones, with `current` added at the top when it is a zone not in the list. */
export function timeZoneChoices(current: string): TimeZoneChoice[] {
  const known = COMMON_TIME_ZONES.some((z) => z.value === current);
  // `current` may be what someone submitted: it is shown, so it is plain text on one line.
  const zone = oneLine(current);
  return known || zone === '' ? [...COMMON_TIME_ZONES] : [{ value: zone, title: zone }, ...COMMON_TIME_ZONES];
}
