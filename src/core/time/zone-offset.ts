// The UTC offset of an IANA zone at an instant, remembered per hour: the zone database (Intl, through luxon)
// takes microseconds to ask, and routing and SLA clocks ask about the same few hours again and again.
import { IANAZone } from 'luxon';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const HOURS_REMEMBERED = 4096;

const byZone = new Map<string, (t: number) => number>();

/**
 * The zone's offset function: `t + offsetOf(zone)(t)` is the wall-clock reading at instant `t`, in ms. Throws a
 * RangeError for a name that is not an IANA zone. Deterministic: the memory only saves asking again.
 */
export function offsetOf(timezone: string): (t: number) => number {
  let offset = byZone.get(timezone);
  if (offset === undefined) {
    offset = rememberedOffset(timezone);
    byZone.set(timezone, offset);
  }
  return offset;
}

function rememberedOffset(timezone: string): (t: number) => number {
  const zone = IANAZone.create(timezone);
  if (!zone.isValid) {
    throw new RangeError(`"${timezone}" is not an IANA time zone`);
  }
  const exact = (t: number): number => zone.offset(t) * MINUTE_MS;
  const hours = new Map<number, number>();
  return (t) => {
    const hour = Math.floor(t / HOUR_MS);
    const known = hours.get(hour);
    if (known !== undefined) {
      return known;
    }
    const start = exact(hour * HOUR_MS);
    // An hour is remembered only when both its ends agree; the hour of a change is asked exactly every time.
    if (exact(hour * HOUR_MS + HOUR_MS - 1) !== start) {
      return exact(t);
    }
    if (hours.size >= HOURS_REMEMBERED) {
      hours.clear();
    }
    hours.set(hour, start);
    return start;
  };
}
