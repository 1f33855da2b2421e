/**
 * Which public holidays a deadline uses: the organisation's declared country/region, else the
 * jurisdiction's default, else (for the EU, which has no common calendar) the Member State that the
 * time zone names. Regulation 1182/71 Art. 2(1) counts the holidays of the State where action is taken.
 */
import type { JurisdictionRule } from './jurisdiction-rule.js';
import type { HolidayRegion } from './working-days.js';

// One zone per EU/EEA Member State (zones listed in the IANA database under Europe/ and Atlantic/).
const EU_ZONE_COUNTRIES: Readonly<Record<string, string>> = {
  'Europe/Vienna': 'AT',
  'Europe/Brussels': 'BE',
  'Europe/Sofia': 'BG',
  'Europe/Zagreb': 'HR',
  'Asia/Nicosia': 'CY',
  'Europe/Nicosia': 'CY',
  'Europe/Prague': 'CZ',
  'Europe/Copenhagen': 'DK',
  'Europe/Tallinn': 'EE',
  'Europe/Helsinki': 'FI',
  'Europe/Paris': 'FR',
  'Europe/Berlin': 'DE',
  'Europe/Athens': 'GR',
  'Europe/Budapest': 'HU',
  'Europe/Dublin': 'IE',
  'Europe/Rome': 'IT',
  'Europe/Riga': 'LV',
  'Europe/Vilnius': 'LT',
  'Europe/Luxembourg': 'LU',
  'Europe/Malta': 'MT',
  'Europe/Amsterdam': 'NL',
  'Europe/Warsaw': 'PL',
  'Europe/Lisbon': 'PT',
  'Atlantic/Madeira': 'PT',
  'Atlantic/Azores': 'PT',
  'Europe/Bucharest': 'RO',
  'Europe/Bratislava': 'SK',
  'Europe/Ljubljana': 'SI',
  'Europe/Madrid': 'ES',
  'Atlantic/Canary': 'ES',
  'Europe/Stockholm': 'SE',
  'Atlantic/Reykjavik': 'IS',
  'Europe/Vaduz': 'LI',
  'Europe/Oslo': 'NO',
};

/** The holidays to use, or null when only weekends can be known (EU rule, zone naming no Member State). */
export function holidayRegionFor(
  rule: JurisdictionRule,
  zone: string,
  declared?: HolidayRegion | null,
): HolidayRegion | null {
  if (declared) return declared;
  if (rule.defaultHolidays) return rule.defaultHolidays;
  const country = EU_ZONE_COUNTRIES[zone];
  return country ? { country } : null;
}
