/** The emulator's clock: the source of date_created / date_updated. */

export interface Clock {
  now(): Date;
  /** Move the clock forward (or back, with a negative number) by `ms`. */
  advance(ms: number): void;
  /** Jump to `d`. */
  set(d: Date): void;
}

/**
 * Given a start date, the clock is frozen there and moves only with advance()/set() (deterministic tests).
 * Without one, it follows the wall clock, and advance()/set() shift it while it keeps ticking.
 */
export function createClock(start?: Date): Clock {
  if (start) {
    let frozen = start.getTime();
    return {
      now: () => new Date(frozen),
      advance: (ms) => {
        frozen += ms;
      },
      set: (d) => {
        frozen = d.getTime();
      },
    };
  }
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance: (ms) => {
      offset += ms;
    },
    set: (d) => {
      offset = d.getTime() - Date.now();
    },
  };
}

/** Twilio stores whole seconds. */
export function truncateToSeconds(d: Date): Date {
  return new Date(Math.floor(d.getTime() / 1000) * 1000);
}

/** RFC 2822 as Twilio writes it: "Sat, 28 Nov 2026 19:27:43 +0000". */
export function rfc2822(d: Date): string {
  return d.toUTCString().replace(/GMT$/, '+0000');
}

/** ISO 8601 without milliseconds, as the Accounts v1 API writes it: "2015-07-31T04:00:00Z". */
export function iso8601(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
