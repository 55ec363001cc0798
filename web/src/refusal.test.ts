// A refused action: the API's message is kept, and only a lost race or an old version asks for a fresh view.
import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { describeRefusal } from './refusal';

const refused = (status: number, message: string) => new ApiError(status, { code: 'x', message, path: null });

describe('a refused action', () => {
  it('is stale after a conflict or a failed precondition, and says what the API said', () => {
    expect(describeRefusal(refused(409, 'incident inc_1 is at version 3, not 2'))).toEqual({
      message: 'incident inc_1 is at version 3, not 2',
      isStale: true,
    });
    expect(describeRefusal(refused(412, 'version mismatch')).isStale).toBe(true);
  });

  it('is not stale when the key may not act or the input is refused', () => {
    expect(describeRefusal(refused(403, 'this needs a key with scope human; yours is agent'))).toEqual({
      message: 'this needs a key with scope human; yours is agent',
      isStale: false,
    });
    expect(describeRefusal(refused(422, 'no such transition')).isStale).toBe(false);
    expect(describeRefusal(refused(400, 'note: too short')).isStale).toBe(false);
  });

  it('says what the browser said when no answer came', () => {
    expect(describeRefusal(new TypeError('Failed to fetch'))).toEqual({
      message: 'Failed to fetch',
      isStale: false,
    });
    expect(describeRefusal('offline')).toEqual({ message: 'offline', isStale: false });
  });
});
