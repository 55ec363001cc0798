import { describe, expect, test } from 'vitest';
import { checkSlackSignature } from './slack-signature.js';

// The worked example of Slack's "Verifying requests from Slack" guide.
const secret = '8f742231b10e8888abcd99yyyzzz85a5';
const timestamp = '1531420618';
const rawBody =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const signature = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
const at = Number(timestamp) * 1000;

describe('checkSlackSignature', () => {
  test("Slack's own example verifies", () => {
    expect(checkSlackSignature({ rawBody, timestamp, signature }, secret, at + 1000)).toBe('valid');
  });

  test('one changed byte of the body, the secret or the signature is forged', () => {
    expect(checkSlackSignature({ rawBody: `${rawBody}x`, timestamp, signature }, secret, at)).toBe('forged');
    expect(checkSlackSignature({ rawBody, timestamp, signature }, `${secret}x`, at)).toBe('forged');
    expect(
      checkSlackSignature({ rawBody, timestamp, signature: signature.replace('a2', 'a3') }, secret, at),
    ).toBe('forged');
    expect(checkSlackSignature({ rawBody, timestamp, signature: 'v0=abc' }, secret, at)).toBe('forged');
    expect(checkSlackSignature({ rawBody, timestamp, signature: undefined }, secret, at)).toBe('forged');
  });

  test('outside five minutes either way, or without a timestamp, is stale', () => {
    expect(checkSlackSignature({ rawBody, timestamp, signature }, secret, at + 5 * 60_000)).toBe('valid');
    expect(checkSlackSignature({ rawBody, timestamp, signature }, secret, at + 5 * 60_000 + 1)).toBe('stale');
    expect(checkSlackSignature({ rawBody, timestamp, signature }, secret, at - 5 * 60_000 - 1)).toBe('stale');
    expect(checkSlackSignature({ rawBody, timestamp: undefined, signature }, secret, at)).toBe('stale');
    expect(checkSlackSignature({ rawBody, timestamp: '1e9', signature }, secret, at)).toBe('stale');
  });
});
