import { describe, expect, it } from 'vitest';
import {
  generateWebhookSecret,
  makeWebhookReplayGuard,
  parseWebhookSecret,
  signWebhook,
  verifyWebhook,
  WebhookVerificationError,
} from './standard-webhooks.js';

// The Standard Webhooks specification's published vector (its reference libraries test against it).
const vector = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};
const at = (seconds: number) => () => seconds * 1000;

const headersOf = (signature: string, id = vector.id, timestamp = String(vector.timestamp)) => ({
  'webhook-id': id,
  'webhook-timestamp': timestamp,
  'webhook-signature': signature,
});

function failure(run: () => unknown): WebhookVerificationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookVerificationError);
    return error as WebhookVerificationError;
  }
  throw new Error('expected verification to fail');
}

describe('signWebhook', () => {
  it('reproduces the Standard Webhooks test vector', () => {
    expect(signWebhook(vector.id, vector.timestamp, vector.body, [vector.secret])).toBe(vector.signature);
    expect(signWebhook(vector.id, vector.timestamp, Buffer.from(vector.body), vector.secret)).toBe(
      vector.signature,
    );
  });

  it('several secrets: one signature each, space-separated, in order', () => {
    const other = generateWebhookSecret();
    const header = signWebhook(vector.id, vector.timestamp, vector.body, [vector.secret, other]);
    const [first, second, ...rest] = header.split(' ');
    expect(first).toBe(vector.signature);
    expect(second).toBe(signWebhook(vector.id, vector.timestamp, vector.body, [other]));
    expect(rest).toEqual([]);
  });

  it('refuses no secret at all', () => {
    expect(() => signWebhook('m', 1, '{}', [])).toThrow(/at least one secret/);
  });
});

describe('webhook secrets', () => {
  it('a generated secret is whsec_ + base64 of 32 random bytes', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(parseWebhookSecret(secret)).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
    expect(parseWebhookSecret(generateWebhookSecret(64))).toHaveLength(64);
  });

  it.each([
    [
      'a decoded key of 23 bytes',
      `whsec_${Buffer.alloc(23, 1).toString('base64')}`,
      /holds 24 to 64 bytes; this one holds 23/,
    ],
    ['a decoded key of 65 bytes', `whsec_${Buffer.alloc(65, 1).toString('base64')}`, /this one holds 65/],
    ['no prefix', 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', /starts with "whsec_"/],
    ['not base64', 'whsec_not base64 at all!', /followed by base64/],
    ['nothing after the prefix', 'whsec_', /followed by base64/],
  ])('refuses %s with a clear message', (_, secret, message) => {
    expect(() => parseWebhookSecret(secret)).toThrow(message);
    expect(() => signWebhook('m', 1, '{}', [secret])).toThrow(message);
  });

  it('refuses to generate a key outside 24 to 64 bytes', () => {
    expect(() => generateWebhookSecret(16)).toThrow(/24 to 64 bytes/);
  });
});

describe('verifyWebhook', () => {
  it('accepts the test vector within the tolerance, either way', () => {
    const headers = headersOf(vector.signature);
    for (const now of [vector.timestamp, vector.timestamp - 300, vector.timestamp + 300]) {
      expect(verifyWebhook(headers, vector.body, [vector.secret], { now: at(now) })).toEqual({
        id: vector.id,
        timestamp: vector.timestamp,
      });
    }
  });

  it('reads fetch Headers and node:http header records, any case', () => {
    const fetchHeaders = new Headers(headersOf(vector.signature));
    expect(verifyWebhook(fetchHeaders, vector.body, vector.secret, { now: at(vector.timestamp) }).id).toBe(
      vector.id,
    );
    const mixed = {
      'Webhook-Id': vector.id,
      'WEBHOOK-TIMESTAMP': String(vector.timestamp),
      'webhook-signature': vector.signature,
    };
    expect(
      verifyWebhook(mixed, Buffer.from(vector.body), vector.secret, { now: at(vector.timestamp) }).id,
    ).toBe(vector.id);
  });

  it('a tampered body, id or timestamp: no matching signature', () => {
    const now = { now: at(vector.timestamp) };
    const cases = [
      () => verifyWebhook(headersOf(vector.signature), '{"test": 2432232315}', [vector.secret], now),
      () => verifyWebhook(headersOf(vector.signature, 'msg_other'), vector.body, [vector.secret], now),
      () =>
        verifyWebhook(
          headersOf(vector.signature, vector.id, String(vector.timestamp + 1)),
          vector.body,
          [vector.secret],
          now,
        ),
    ];
    for (const run of cases) {
      expect(failure(run).reason).toBe('no_matching_signature');
    }
  });

  it('the wrong secret: no matching signature', () => {
    const error = failure(() =>
      verifyWebhook(headersOf(vector.signature), vector.body, [generateWebhookSecret()], {
        now: at(vector.timestamp),
      }),
    );
    expect(error).toMatchObject({ code: 'unauthorized', reason: 'no_matching_signature' });
    expect(error.message).toBe('no v1 signature matches the secrets');
  });

  it('a stale or future timestamp is refused even with a good signature', () => {
    const headers = headersOf(vector.signature);
    const old = failure(() =>
      verifyWebhook(headers, vector.body, [vector.secret], { now: at(vector.timestamp + 301) }),
    );
    expect(old.reason).toBe('stale_timestamp');
    expect(old.message).toMatch(/too old \(301 s\)/);
    const future = failure(() =>
      verifyWebhook(headers, vector.body, [vector.secret], { now: at(vector.timestamp - 301) }),
    );
    expect(future.reason).toBe('stale_timestamp');
    expect(future.message).toMatch(/from the future \(301 s\)/);
  });

  it('rotation: any signature matching any secret passes', () => {
    const retired = generateWebhookSecret();
    const current = generateWebhookSecret();
    const unrelated = generateWebhookSecret();
    const sentWithBoth = signWebhook('msg_1', vector.timestamp, '{}', [retired, current]);
    const options = { now: at(vector.timestamp) };
    expect(verifyWebhook(headersOf(sentWithBoth, 'msg_1'), '{}', [current], options).id).toBe('msg_1');
    expect(verifyWebhook(headersOf(sentWithBoth, 'msg_1'), '{}', [retired], options).id).toBe('msg_1');
    const sentWithOld = signWebhook('msg_1', vector.timestamp, '{}', [retired]);
    expect(verifyWebhook(headersOf(sentWithOld, 'msg_1'), '{}', [unrelated, retired], options).id).toBe(
      'msg_1',
    );
    expect(
      failure(() => verifyWebhook(headersOf(sentWithOld, 'msg_1'), '{}', [unrelated], options)).reason,
    ).toBe('no_matching_signature');
  });

  it('skips other versions and malformed entries before the good one', () => {
    const header = [
      'v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
      'v1,short',
      'v1,',
      'junk',
      vector.signature,
    ].join(' ');
    expect(
      verifyWebhook(headersOf(header), vector.body, [vector.secret], { now: at(vector.timestamp) }).id,
    ).toBe(vector.id);
    expect(
      failure(() =>
        verifyWebhook(headersOf('v1,short v2,x'), vector.body, [vector.secret], {
          now: at(vector.timestamp),
        }),
      ).reason,
    ).toBe('no_matching_signature');
  });

  it.each([
    ['webhook-id', { 'webhook-timestamp': '1614265330', 'webhook-signature': vector.signature }],
    ['webhook-timestamp', { 'webhook-id': vector.id, 'webhook-signature': vector.signature }],
    ['webhook-signature', { 'webhook-id': vector.id, 'webhook-timestamp': '1614265330' }],
  ])('a missing %s header is a bad header', (name, headers) => {
    const error = failure(() =>
      verifyWebhook(headers, vector.body, [vector.secret], { now: at(vector.timestamp) }),
    );
    expect(error).toMatchObject({
      reason: 'bad_header',
      path: name,
      message: `the ${name} header is missing`,
    });
  });

  it.each(['hello', '1614265330.5', '-1', '1e9'])(
    'a webhook-timestamp of %j is a bad header',
    (timestamp) => {
      const error = failure(() =>
        verifyWebhook(headersOf(vector.signature, vector.id, timestamp), vector.body, [vector.secret], {
          now: at(vector.timestamp),
        }),
      );
      expect(error.reason).toBe('bad_header');
    },
  );

  it('a malformed secret on the receiving side is a configuration error, not a verdict on the request', () => {
    expect(() => verifyWebhook(headersOf(vector.signature), vector.body, ['whsec_c2hvcnQ='])).toThrow(
      /this one holds 5/,
    );
  });
});

describe('replay guard', () => {
  it('refuses a message id it accepted, and forgets it once its timestamp leaves the window', () => {
    const guard = makeWebhookReplayGuard();
    const headers = headersOf(vector.signature);
    const verify = (now: number) =>
      verifyWebhook(headers, vector.body, vector.secret, { now: at(now), replayGuard: guard });
    expect(verify(vector.timestamp).id).toBe(vector.id);
    const replayed = failure(() => verify(vector.timestamp + 10));
    expect(replayed).toMatchObject({ code: 'unauthorized', reason: 'replayed', path: 'webhook-id' });
    // A forged copy is refused for its signature before the guard sees it: the guard is not a way to probe ids.
    const forged = failure(() =>
      verifyWebhook(headersOf('v1,AAAA'), vector.body, vector.secret, {
        now: at(vector.timestamp),
        replayGuard: guard,
      }),
    );
    expect(forged.reason).toBe('no_matching_signature');
    // Past the window the timestamp itself is stale, and the id is no longer kept.
    const late = failure(() => verify(vector.timestamp + 301));
    expect(late.reason).toBe('stale_timestamp');
    expect(guard.accept('another', vector.timestamp + 700, vector.timestamp + 700)).toBe(true);
    expect(guard.size()).toBe(1);
  });
});
