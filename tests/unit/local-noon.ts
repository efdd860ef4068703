// A timestamp at noon, local time, of `day` ('2026-11-20'): shown as that day in every time zone the suite runs in
// (TZ=Pacific/Kiritimati is UTC+14, TZ=Pacific/Pago_Pago UTC-11), where any one UTC hour is another day somewhere.
export function localNoon(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date, 12).toISOString();
}
