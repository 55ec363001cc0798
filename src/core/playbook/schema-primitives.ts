// The small pieces every section of the playbook schema is made of: ids, text, lists of names, durations.
import { z } from 'zod';

/** What an id may contain, for patterns that embed ids (e.g. ladder targets "rotation:ID"). */
export const ID_TEXT = '[A-Za-z0-9][A-Za-z0-9_.:-]*';

export const Id = z
  .string()
  .min(1)
  .max(100)
  .regex(new RegExp(`^${ID_TEXT}$`), 'ids use letters, digits, "_", "-", "." and ":"');

export const Text = z.string().max(10_000);

/** A non-empty list of names or values; a list matches any of its values. */
export const StringList = z.array(z.string().min(1).max(500)).min(1);

/** A duration such as "90s", "15m", "24h", "7d" or "2w" (parseDuration reads it); `example` is the message. */
export const durationText = (example = 'a duration such as "90s", "15m", "24h", "7d" or "2w"') =>
  z.string().regex(/^\d+(\.\d+)?\s*(s|m|h|d|w)$/, example);
