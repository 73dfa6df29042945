import Holidays from 'date-holidays';

/** True when date-holidays knows the region: a country ("GB") or country-state ("US-FL"). */
export function isValidHolidayRegion(region: string): boolean {
  const [country, state] = region.split('-');
  if (!country) return false;
  const hd = new Holidays();
  const countries = hd.getCountries();
  if (!countries[country]) return false;
  if (!state) return true;
  const states = hd.getStates(country) ?? {};
  return state in states;
}
