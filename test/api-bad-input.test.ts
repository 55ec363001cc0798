// Bad input over real HTTP on every database: each a clear 4xx in DESIGN.md's error shape, nothing written, the server still serving.
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { validYaml } from '../src/core/playbook/__fixtures__/playbook-yaml.js';
import { type ApiHarness, type ApiResponse, countRows, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';

/** Asserts DESIGN.md's error body: `{ error: { code, message, path } }` with the given status, code and path. */
function expectError(reply: ApiResponse, status: number, code: string, path?: string | null): void {
  expect({ status: reply.status, code: reply.body?.error?.code }).toEqual({ status, code });
  expect(reply.headers.get('content-type')).toContain('application/json');
  expect(typeof reply.body.error.message).toBe('string');
  expect(reply.body.error.message.length).toBeGreaterThan(0);
  expect(reply.body.error).toHaveProperty('path');
  if (path !== undefined) {
    expect(reply.body.error.path).toBe(path);
  }
}

const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi(dialect, { yaml: validYaml });
    });
    afterAll(() => api.close());
    afterEach(async () => {
      // Nothing written, and the server still answers.
      expect(await countRows(api.store, 'escalations')).toBe(0);
      expect(await countRows(api.store, 'evaluations')).toBe(0);
      expect(await countRows(api.store, 'events')).toBe(0);
      expect((await api.request('GET', '/healthz')).status).toBe(200);
    });

    const evaluate = (body: unknown, headers: Record<string, string> = {}) =>
      api.request('POST', '/v1/evaluate', { key: api.keys.agent, body, headers });

    test('malformed JSON is 400 with path "body"', async () => {
      for (const text of [
        '{"id": "x",',
        '{id: "x"}',
        "{'id': 'x'}",
        '{"id": "x"} trailing',
        'NaN',
        '{"id": "\\x41"}',
      ]) {
        const reply = await evaluate(text);
        expectError(reply, 400, 'bad_request', 'body');
        expect(reply.body.error.message).toMatch(/^malformed JSON/);
      }
    });

    test('an empty body, a bare array or a string is not a case', async () => {
      expectError(await evaluate(''), 400, 'invalid_case');
      expectError(await evaluate('[]'), 400, 'invalid_case');
      expectError(await evaluate('"conv-1"'), 400, 'invalid_case');
      expectError(await evaluate('null'), 400, 'invalid_case');
    });

    test('wrong types name the bad field in error.path', async () => {
      expectError(await evaluate({ id: 42 }), 400, 'invalid_case', 'id');
      expectError(
        await evaluate({ id: 'x', ai: { confidence: 'high' } }),
        400,
        'invalid_case',
        'ai.confidence',
      );
      expectError(await evaluate({ id: 'x', ai: { confidence: 1.5 } }), 400, 'invalid_case', 'ai.confidence');
      expectError(await evaluate({ id: 'x', turn: -1 }), 400, 'invalid_case', 'turn');
      expectError(await evaluate('{"id": "x", "turn": 1e400}'), 400, 'invalid_case', 'turn');
      expectError(
        await evaluate({
          id: 'x',
          conversation: [
            { role: 'customer', text: 'hi' },
            { role: 'bot', text: 'hello' },
          ],
        }),
        400,
        'invalid_case',
        'conversation[1].role',
      );
      expectError(await evaluate({ id: 'x', conversation: 'hello' }), 400, 'invalid_case', 'conversation');
      expectError(await evaluate({ id: 'x', sentiment: -3 }), 400, 'invalid_case', 'sentiment');

      const explicit = await api.request('POST', '/v1/escalations', {
        key: api.keys.agent,
        body: { case: { id: 'x' }, reason: { category: 'other', detail: 7 } },
      });
      expectError(explicit, 400, 'bad_request', 'reason.detail');
      const unknownField = await api.request('POST', '/v1/escalations', {
        key: api.keys.agent,
        body: { case: { id: 'x' }, reason: { category: 'other', detail: 'd' }, colour: 'red' },
      });
      expectError(unknownField, 400, 'bad_request');
      const availability = await api.request('POST', '/v1/people/ayse/availability', {
        key: api.keys.admin,
        body: { available: 'yes' },
      });
      expectError(availability, 400, 'bad_request', 'available');
      expectError(
        await api.request('GET', '/v1/escalations?limit=many', { key: api.keys.admin }),
        400,
        'bad_request',
        'limit',
      );
      expectError(
        await api.request('GET', '/v1/escalations?limit=0', { key: api.keys.admin }),
        400,
        'bad_request',
        'limit',
      );
      expectError(
        await api.request('GET', '/v1/playbook/versions/first', { key: api.keys.admin }),
        400,
        'bad_request',
        'version',
      );
    });

    test('huge strings are refused by their limit, naming the field', async () => {
      const huge = 'ş'.repeat(150_000);
      expectError(
        await evaluate({ id: 'x', conversation: [{ role: 'customer', text: huge }] }),
        400,
        'invalid_case',
        'conversation[0].text',
      );
      expectError(await evaluate({ id: 'x'.repeat(10_000) }), 400, 'invalid_case', 'id');
    });

    test('a body over the limit is 413', async () => {
      const reply = await evaluate({ id: 'x', fields: { blob: 'a'.repeat(1024 * 1024) } });
      expectError(reply, 413, 'payload_too_large', 'body');
      const yaml = await api.request('PUT', '/v1/playbook', {
        key: api.keys.admin,
        body: `# ${'x'.repeat(1024 * 1024)}\n${validYaml}`,
        headers: { 'content-type': 'application/yaml' },
      });
      expectError(yaml, 413, 'payload_too_large');
      expect(await countRows(api.store, 'playbook_versions')).toBe(1);
    });

    test('deep nesting is refused before it is parsed', async () => {
      expectError(
        await evaluate(`{"id": "x", "fields": {"deep": ${nested(100)}}}`),
        400,
        'bad_request',
        'body',
      );
      const deepest = await evaluate(`{"id": "x", "fields": {"deep": ${nested(100_000)}}}`);
      expectError(deepest, 400, 'bad_request', 'body');
      expect(deepest.body.error.message).toContain('nests deeper');
    });

    test('__proto__ and constructor.prototype keys are refused', async () => {
      for (const text of [
        '{"id": "x", "__proto__": {"isAdmin": true}}',
        '{"id": "x", "fields": {"a": {"__proto__": {"polluted": 1}}}}',
        '{"id": "x", "constructor": {"prototype": {"polluted": 1}}}',
      ]) {
        const reply = await evaluate(text);
        expectError(reply, 400, 'bad_request', 'body');
        expect(reply.body.error.message).toContain('__proto__');
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      const claim = await api.request('POST', '/v1/escalations/some-id/claim', {
        key: api.keys.admin,
        body: '{"__proto__": {"person": "ayse"}}',
      });
      expectError(claim, 400, 'bad_request', 'body');
    });

    test('a playbook that is deeply nested or an alias bomb is refused with 400, and nothing stored', async () => {
      const put = (yaml: string) =>
        api.request('PUT', '/v1/playbook', {
          key: api.keys.admin,
          body: yaml,
          headers: { 'content-type': 'application/yaml' },
        });
      expectError(
        await put(`${validYaml}x: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`),
        400,
        'invalid_playbook',
      );
      const bomb = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
      for (let level = 1; level < 9; level += 1) {
        bomb.push(
          `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9)
            .fill(`*${String.fromCharCode(96 + level)}`)
            .join(', ')}]`,
        );
      }
      const reply = await put(`${validYaml}${bomb.join('\n')}\n`);
      expectError(reply, 400, 'invalid_playbook');
      expect(reply.body.error.details[0]).toMatchObject({
        line: expect.any(Number),
        col: expect.any(Number),
      });
      expectError(await put(''), 400, 'invalid_playbook');
      expect(await countRows(api.store, 'playbook_versions')).toBe(1);
    });

    test('a raw YAML playbook gets the checks of a JSON body: NUL and invalid UTF-8 are 400, nothing stored', async () => {
      const put = (body: string | Uint8Array) =>
        api.request('PUT', '/v1/playbook', {
          key: api.keys.admin,
          body,
          headers: { 'content-type': 'application/yaml' },
        });
      const withNul = await put(validYaml.replace('name: demo', 'name: demo # note\u0000'));
      expectError(withNul, 400, 'bad_request', 'body');
      expect(withNul.body.error.message).toContain('NUL');
      expect(withNul.body.error.details).toEqual([
        { path: 'body', message: 'the NUL character (U+0000)', line: 2, col: 18 },
      ]);
      const broken = new Uint8Array([
        ...Buffer.from(validYaml.replace('name: demo', 'name: demo # caf')),
        0xc3,
        0x28,
      ]);
      const invalid = await put(broken);
      expectError(invalid, 400, 'bad_request', 'body');
      expect(invalid.body.error.message).toContain('UTF-8');
      expect(await countRows(api.store, 'playbook_versions')).toBe(1);
    });

    test('a 100,000-keyword playbook is refused for its size before it is parsed, and nothing stored', async () => {
      const keywords = Array.from({ length: 100_000 }, (_, index) => `k${index}`).join(', ');
      const reply = await api.request('PUT', '/v1/playbook', {
        key: api.keys.admin,
        body: validYaml.replace('    keywords: [cancel]', `    keywords: [cancel, ${keywords}]`),
        headers: { 'content-type': 'application/yaml' },
      });
      expectError(reply, 400, 'invalid_playbook');
      expect(reply.body.error.message).toContain('larger than 262,144 characters');
      expect(await countRows(api.store, 'playbook_versions')).toBe(1);
    });

    test('a playbook whose only problem is a pattern that needs backtracking is unsafe_pattern', async () => {
      const reply = await api.request('PUT', '/v1/playbook', {
        key: api.keys.admin,
        body: validYaml.replace('    keywords: [cancel]', '    patterns: ["(\\\\w+)\\\\1"]'),
        headers: { 'content-type': 'application/yaml' },
      });
      expectError(reply, 400, 'unsafe_pattern');
      expect(reply.body.error.details).toEqual([
        expect.objectContaining({
          path: 'triggers[1].patterns[0]',
          message: expect.stringContaining('backreference'),
        }),
      ]);
      expect(await countRows(api.store, 'playbook_versions')).toBe(1);
    });

    test('invalid UTF-8 bytes are refused', async () => {
      const bytes = new Uint8Array([...Buffer.from('{"id": "'), 0xff, 0xfe, 0xc3, ...Buffer.from('"}')]);
      const reply = await evaluate(bytes);
      expectError(reply, 400, 'bad_request', 'body');
      expect(reply.body.error.message).toContain('UTF-8');
      const overlong = new Uint8Array([...Buffer.from('{"id": "'), 0xc0, 0xaf, ...Buffer.from('"}')]);
      expectError(await evaluate(overlong), 400, 'bad_request', 'body');
    });

    test('NUL characters never reach the database as a 500', async () => {
      const reply = await evaluate({ id: 'conv\u0000-1', turn: 1 });
      expectError(reply, 400, 'bad_request', 'id');
      expect(reply.body.error.message).toBe('id: text may not contain the NUL character (U+0000)');
      expectError(
        await evaluate({ id: 'x', task: { type: 'refund\u0000' } }),
        400,
        'bad_request',
        'task.type',
      );
      expectError(
        await evaluate({ id: 'x', conversation: [{ role: 'customer', text: 'a\u0000' }] }),
        400,
        'bad_request',
        'conversation[0].text',
      );
      // A backslash followed by "u0000" is text, not NUL.
      expectError(await evaluate('{"id": 7, "note": "C:\\\\u0000"}'), 400, 'invalid_case', 'id');
      const approval = await api.request('POST', '/v1/escalations/some-id/approval', {
        key: api.keys.admin,
        body: { verdict: 'rejected', note: 'no\u0000' },
      });
      expectError(approval, 400, 'bad_request', 'note');
      const yaml = await api.request('PUT', '/v1/playbook', {
        key: api.keys.admin,
        body: validYaml.replace('name: demo', 'name: demo\u0000'),
        headers: { 'content-type': 'application/yaml' },
      });
      expect(yaml.status).toBe(400);
      expect(await countRows(api.store, 'playbook_versions')).toBe(1);
      expectError(
        await api.request('GET', '/v1/escalations/abc%00def', { key: api.keys.admin }),
        400,
        'bad_request',
        'id',
      );
      expectError(
        await api.request('GET', '/v1/escalations?team=sup%00port', { key: api.keys.admin }),
        400,
        'bad_request',
        'team',
      );
    });

    test('unknown ids are 404', async () => {
      const id = '01KZZZZZZZZZZZZZZZZZZZZZZZ';
      expectError(
        await api.request('GET', `/v1/escalations/${id}`, { key: api.keys.admin }),
        404,
        'not_found',
        'id',
      );
      for (const action of ['claim', 'assign', 'tier-up', 'resolve', 'handback']) {
        expectError(
          await api.request('POST', `/v1/escalations/${id}/${action}`, { key: api.keys.admin }),
          404,
          'not_found',
          'id',
        );
      }
      expectError(
        await api.request('POST', `/v1/escalations/${id}/approval`, {
          key: api.keys.admin,
          body: { verdict: 'approved' },
        }),
        404,
        'not_found',
        'id',
      );
      expectError(
        await api.request('POST', `/v1/escalations/${id}/handback`, { key: api.keys.agent }),
        404,
        'not_found',
        'id',
      );
      expectError(
        await api.request('POST', '/v1/people/nobody/availability', {
          key: api.keys.admin,
          body: { available: true },
        }),
        404,
        'not_found',
        'id',
      );
      expectError(
        await api.request('GET', '/v1/playbook/versions/99', { key: api.keys.admin }),
        404,
        'not_found',
        'version',
      );
    });

    test('unknown routes are 404', async () => {
      const reply = await api.request('GET', '/v1/nothing-here', { key: api.keys.admin });
      expectError(reply, 404, 'not_found', null);
      expect(reply.body.error.message).toBe('no route GET /v1/nothing-here');
      expectError(
        await api.request('POST', '/v1/escalations/x/explode', { key: api.keys.admin, body: {} }),
        404,
        'not_found',
      );
      expectError(await api.request('DELETE', '/v1/escalations', { key: api.keys.admin }), 404, 'not_found');
      expectError(await api.request('GET', '/v1/nothing-here'), 404, 'not_found', null);
      expectError(await api.request('GET', '/v1/escalations'), 401, 'unauthorized', null);
    });

    test('bad headers: Idempotency-Key and If-Match', async () => {
      expectError(
        await evaluate({ id: 'x' }, { 'idempotency-key': 'k'.repeat(201) }),
        400,
        'bad_request',
        'idempotency-key',
      );
      const explicit = { case: { id: 'x' }, reason: { category: 'other', detail: 'd' } };
      const long = await api.request('POST', '/v1/escalations', {
        key: api.keys.agent,
        body: explicit,
        headers: { 'idempotency-key': 'k'.repeat(201) },
      });
      expectError(long, 400, 'bad_request', 'Idempotency-Key');
      const claim = await api.request('POST', '/v1/escalations/some-id/claim', {
        key: api.keys.admin,
        headers: { 'if-match': 'yesterday' },
      });
      expectError(claim, 400, 'bad_request', 'If-Match');
    });

    test('a content type the API does not take is 415, in the error shape', async () => {
      for (const type of [
        'application/xml',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
      ]) {
        const reply = await api.request('POST', '/v1/evaluate', {
          key: api.keys.agent,
          body: '<case id="x"/>',
          headers: { 'content-type': type },
        });
        expectError(reply, 415, 'wrong_content_type', 'content-type');
      }
    });

    test("the router's own refusals are in the error shape: an over-long id is 414, a bad %-escape 400", async () => {
      const long = await api.request('GET', `/v1/escalations/${'a'.repeat(101)}`, { key: api.keys.admin });
      expectError(long, 414, 'uri_too_long', 'url');
      expectError(
        await api.request('POST', `/v1/escalations/${'a'.repeat(5_000)}/claim`, { key: api.keys.admin }),
        414,
        'uri_too_long',
        'url',
      );
      for (const path of [
        '/v1/escalations/%FF',
        '/v1/escalations/%E0%A4%A',
        '/v1/people/%C0%AF/availability',
      ]) {
        expectError(await api.request('GET', path, { key: api.keys.admin }), 400, 'bad_request', 'url');
      }
      // With or without a key: the router answers before authentication.
      expectError(await api.request('GET', '/v1/escalations/%FF'), 400, 'bad_request', 'url');
    });

    test('requests Node refuses before routing are in the error shape too', async () => {
      const longQuery = await api.request('GET', `/v1/escalations?team=${'a'.repeat(20_000)}`, {
        key: api.keys.admin,
      });
      expectError(longQuery, 431, 'headers_too_large', 'url');
      const raw = await rawRequest(
        api.url,
        'GET /v1/escalations HTTP/1.1\r\nHost: x\r\nContent-Length: x\r\n\r\n',
      );
      expect(raw.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
      expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toEqual({
        error: { code: 'bad_request', message: 'the request is not valid HTTP/1.1', path: 'url' },
      });
    });
  });
}

/** Sends bytes as they are over a socket and returns everything the server wrote before closing. */
async function rawRequest(url: string, text: string): Promise<string> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  socket.write(text);
  await new Promise((resolve) => socket.on('close', resolve));
  return Buffer.concat(chunks).toString('utf8');
}
