// What a view says when the API refuses an action: the API's own message, and whether the refusal means the view is
// out of date (someone changed the thing first), so that the view shows it again as it now is.
import { ApiError } from './api';

export interface Refusal {
  /** The API's message (or the browser's, when the request never got an answer). */
  message: string;
  /** 409 (a change came first) or 412 (the version sent is not the current one): the view must be read again. */
  isStale: boolean;
}

export function describeRefusal(failure: unknown): Refusal {
  if (failure instanceof ApiError) {
    return { message: failure.message, isStale: failure.status === 409 || failure.status === 412 };
  }
  return { message: failure instanceof Error ? failure.message : String(failure), isStale: false };
}
