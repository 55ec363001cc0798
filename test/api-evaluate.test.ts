// POST /v1/evaluate, approvals, explicit escalations and playbook versions, over real HTTP on every database.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { templateText } from '../src/services/playbooks/templates.js';
import { type ApiHarness, countRows, createKey, startApi, t0 } from './api-harness.js';
import { DIALECTS } from './databases.js';
import {
  criticalToFinance,
  financeApprovals,
  financePeople,
  lowConfidence,
  playbookYaml,
} from './playbook-fixtures.js';

const template = templateText('customer-support');

const turkishCancel = (id: string, turn = 1) => ({
  id,
  turn,
  channel: 'chat',
  locale: 'tr',
  customer: { id: 'C-19', tier: 'gold', name: 'Ayşe' },
  ai: { attempts: [{ action: 'kb_answer', result: 'not_resolved' }] },
  fields: { order_id: 'A-1' },
  conversation: [{ role: 'customer', text: 'Siparişimi iptal etmek istiyorum, kartım 4111 1111 1111 1111' }],
});

const orderStatus = (id: string, turn = 1) => ({
  id,
  turn,
  task: { type: 'order_status' },
  ai: { confidence: 0.95, intent: 'order_status' },
  conversation: [{ role: 'customer', text: 'Where is my parcel?' }],
});

/** Two finance approvers of three for wire transfers (1 h deadline); only Hakan for large refunds. */
const approvalsYaml = playbookYaml({
  name: 'approvals',
  teams: '  - { id: finance, name: Finance, assignment: manual }\n  - { id: support, name: Support }\n',
  people: `${financePeople}  - { id: sam, name: Sam, teams: [support] }\n`,
  criticalTasks: ['wire_transfer', 'refund_large'],
  priorities: ['normal', 'high'],
  triggers: lowConfidence,
  routes: criticalToFinance,
  defaultTeam: 'support',
  rest: financeApprovals,
});

const critical = (id: string, type: 'wire_transfer' | 'refund_large') => ({
  id,
  turn: 1,
  task: { type },
  ai: { confidence: 0.99 },
  proposed_action: { type, amount: 25_000, currency: 'EUR' },
  conversation: [{ role: 'customer', text: 'Please send the money today.' }],
});

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    describe('with no playbook active', () => {
      let api: ApiHarness;
      beforeAll(async () => {
        api = await startApi(dialect, {});
      });
      afterAll(() => api.close());

      test('evaluate answers 503 unavailable and writes nothing, until a playbook is put', async () => {
        const before = await api.request('POST', '/v1/evaluate', {
          key: api.keys.agent,
          body: orderStatus('no-playbook'),
        });
        expect(before.status).toBe(503);
        expect(before.body.error.code).toBe('unavailable');
        expect(before.body.error.message).toContain('no playbook is active');
        expect(await countRows(api.store, 'evaluations')).toBe(0);
        const put = await api.request('PUT', '/v1/playbook', {
          key: api.keys.admin,
          body: template,
          headers: { 'content-type': 'application/yaml' },
        });
        expect(put.status).toBeLessThan(300);
        const after = await api.request('POST', '/v1/evaluate', {
          key: api.keys.agent,
          body: orderStatus('no-playbook'),
        });
        expect(after.status).toBe(200);
      });
    });

    describe('evaluate on the customer-support template', () => {
      let api: ApiHarness;
      beforeAll(async () => {
        api = await startApi(dialect, { yaml: template });
      });
      afterAll(() => api.close());

      const evaluate = (body: unknown, headers: Record<string, string> = {}) =>
        api.request('POST', '/v1/evaluate', { key: api.keys.agent, body, headers });
      const evaluation = (caseId: string) =>
        api.store.db.selectFrom('evaluations').selectAll().where('case_id', '=', caseId).execute();

      test('continue: the decision comes back, nothing is opened, the evaluation is recorded', async () => {
        const before = await countRows(api.store, 'escalations');
        const reply = await evaluate(orderStatus('ev-continue'));
        expect(reply.status).toBe(200);
        expect(reply.body.escalation).toBeNull();
        expect(reply.body.decision).toMatchObject({
          id: 'ev-continue',
          action: 'continue',
          mode: null,
          route: null,
          priority: null,
          reasons: [],
        });
        expect(await countRows(api.store, 'escalations')).toBe(before);
        const rows = await evaluation('ev-continue');
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({
          turn: 1,
          action: 'continue',
          playbook_version: 1,
          confidence: 0.95,
          task_type: 'order_status',
          risk: 'low',
          escalation_id: null,
        });
      });

      /** Its own customer, so the template's repeat-contact trigger does not see the other tests' cases. */
      const ownCancel = (id: string, turn = 1) => ({
        ...turkishCancel(id, turn),
        customer: { id: `C-${id}`, tier: 'gold' },
      });

      test('later turns of a conversation join its open escalation: no second one, the context follows, priority only rises', async () => {
        const first = await evaluate(ownCancel('ev-turns', 1));
        expect(first.status).toBe(201);
        const id = first.body.escalation.id;
        const calm = await evaluate(orderStatus('ev-turns', 2));
        expect(calm.status).toBe(200);
        expect(calm.body.decision.action).toBe('continue');
        expect(calm.body.escalation.id).toBe(id);
        const angry = {
          ...ownCancel('ev-turns', 3),
          conversation: [
            ...ownCancel('ev-turns').conversation,
            { role: 'customer', text: 'AVUKATIMLA görüşeceğim, dava açacağım!!!' },
          ],
        };
        const third = await evaluate(angry);
        expect(third.status).toBe(200);
        expect(third.body.escalation.id).toBe(id);
        expect(third.body.escalation.caseTurn).toBe(3);
        expect(third.body.escalation.priority).toBe('urgent');
        expect(
          await api.store.db
            .selectFrom('escalations')
            .select('id')
            .where('case_id', '=', 'ev-turns')
            .execute(),
        ).toHaveLength(1);
        const detail = await api.request('GET', `/v1/escalations/${id}`, { key: api.keys.admin });
        expect(detail.body.context.case.conversation).toHaveLength(2);
        expect(detail.body.timeline.map((event: { type: string }) => event.type)).toEqual(
          expect.arrayContaining(['case_updated', 'priority_changed', 'customer_replied']),
        );
        const resolved = await api.request('POST', `/v1/escalations/${id}/resolve`, {
          key: api.keys.admin,
          body: { outcome: 'resolved' },
        });
        expect(resolved.status).toBe(200);
        const after = await evaluate(ownCancel('ev-turns', 4));
        expect(after.status).toBe(201);
        expect(after.body.escalation.id).not.toBe(id);
      });

      test('two AI systems may number their cases alike: each key gets its own answer and escalation', async () => {
        const other = await createKey(api, 'agent');
        const mine = await evaluate(ownCancel('ev-shared', 1));
        const theirs = await api.request('POST', '/v1/evaluate', {
          key: other,
          body: ownCancel('ev-shared', 1),
        });
        expect(mine.status).toBe(201);
        expect(theirs.status).toBe(201);
        expect(theirs.body.escalation.id).not.toBe(mine.body.escalation.id);
        const again = await api.request('POST', '/v1/evaluate', {
          key: other,
          body: ownCancel('ev-shared', 1),
        });
        expect(again.body.escalation.id).toBe(theirs.body.escalation.id);
        expect(again.headers.get('idempotent-replay')).toBe('true');
      });

      test('escalate: one escalation with the context, a Turkish brief for a Turkish case, the card number redacted', async () => {
        const reply = await evaluate(turkishCancel('ev-tr'));
        expect(reply.status).toBe(201);
        expect(reply.headers.get('idempotent-replay')).toBe('false');
        const { decision, escalation } = reply.body;
        expect(decision).toMatchObject({
          action: 'escalate',
          route: { team: 'retention', tier: 'L1' },
          reasons: [{ trigger: 'cancel-keyword' }],
        });
        expect(escalation).toMatchObject({
          caseId: 'ev-tr',
          caseTurn: 1,
          team: 'retention',
          tier: 'L1',
          origin: 'evaluate',
          playbookVersion: 1,
          status: 'new',
          assignee: null,
        });

        const detail = await api.request('GET', `/v1/escalations/${escalation.id}`, { key: api.keys.admin });
        expect(detail.status).toBe(200);
        const { context, brief, timeline } = detail.body;
        expect(context.case.conversation[0].text).toBe('Siparişimi iptal etmek istiyorum, kartım [card]');
        expect(JSON.stringify(detail.body)).not.toContain('4111');
        expect(context.case.fields).toEqual({ order_id: 'A-1' });
        expect(context.reasons.map((reason: { trigger: string }) => reason.trigger)).toEqual([
          'cancel-keyword',
        ]);
        expect(brief.locale).toBe('tr');
        expect(brief.customer).toBe('Ayşe, segment gold, kanal chat');
        expect(brief.tried).toEqual(['kb_answer → not_resolved']);
        expect(brief.entities).toContainEqual({ type: 'order', value: 'A-1' });
        expect(brief.text).toContain('Müşteri: Ayşe');
        expect(brief.text).toContain('Önerilen adım:');
        expect(timeline.map((event: { type: string }) => event.type)).toEqual(['created', 'queued_for_team']);

        const rows = await evaluation('ev-tr');
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({
          action: 'escalate',
          playbook_version: 1,
          escalation_id: escalation.id,
        });
        expect(JSON.parse(String(rows[0]?.triggers))).toEqual(['cancel-keyword']);
      });

      test('a case without locale in Turkish gets a Turkish brief; unknown fields travel with the context', async () => {
        const reply = await evaluate({
          id: 'ev-tr-detect',
          turn: 1,
          crm: { segment: 'kurumsal', accountManager: 'Deniz' },
          conversation: [
            {
              role: 'customer',
              text: 'Merhaba, aboneliğimi iptal etmek istiyorum, lütfen yardımcı olur musunuz?',
            },
          ],
        });
        expect(reply.status).toBe(201);
        const detail = await api.request('GET', `/v1/escalations/${reply.body.escalation.id}`, {
          key: api.keys.admin,
        });
        expect(detail.body.brief.locale).toBe('tr');
        expect(detail.body.context.case.crm).toEqual({ segment: 'kurumsal', accountManager: 'Deniz' });
      });

      test('an English case gets an English brief', async () => {
        const reply = await evaluate({
          id: 'ev-en',
          turn: 1,
          locale: 'en',
          conversation: [{ role: 'customer', text: 'I want to talk to a human, now.' }],
        });
        expect(reply.status).toBe(201);
        const detail = await api.request('GET', `/v1/escalations/${reply.body.escalation.id}`, {
          key: api.keys.admin,
        });
        expect(detail.body.brief.locale).toBe('en');
        expect(detail.body.brief.text).toContain('Customer:');
        expect(detail.body.mode).toBe('reactive');
      });

      test('chat-API roles user and assistant are read as customer and ai', async () => {
        const reply = await evaluate({
          id: 'ev-chat-roles',
          turn: 2,
          locale: 'en',
          conversation: [
            { role: 'user', text: 'My parcel never arrived.' },
            { role: 'assistant', text: 'I am sorry, let me check.' },
            { role: 'user', text: 'Let me talk to a real person, please.' },
          ],
        });
        expect(reply.status).toBe(201);
        expect(reply.body.decision).toMatchObject({ action: 'escalate', mode: 'reactive' });
        const detail = await api.request('GET', `/v1/escalations/${reply.body.escalation.id}`, {
          key: api.keys.admin,
        });
        expect(detail.body.context.case.conversation.map((m: { role: string }) => m.role)).toEqual([
          'customer',
          'ai',
          'customer',
        ]);
        const other = await evaluate({
          id: 'ev-chat-roles-bad',
          conversation: [{ role: 'bot', text: 'hello' }],
        });
        expect(other.status).toBe(400);
        expect(other.body.error).toMatchObject({ code: 'invalid_case', path: 'conversation[0].role' });
      });

      test('the same id and turn again: the first answer, and still one escalation', async () => {
        const first = await evaluate(turkishCancel('ev-retry', 4));
        const escalations = await countRows(api.store, 'escalations');
        const again = await evaluate(turkishCancel('ev-retry', 4));
        expect(again.status).toBe(200);
        expect(again.headers.get('idempotent-replay')).toBe('true');
        expect(again.body.escalation.id).toBe(first.body.escalation.id);
        expect(again.body.decision).toEqual(first.body.decision);
        expect(await countRows(api.store, 'escalations')).toBe(escalations);
        expect(await evaluation('ev-retry')).toHaveLength(1);
      });

      test('the same Idempotency-Key again (a case without turn): the same escalation, still one row', async () => {
        const body = { ...turkishCancel('ev-key'), turn: undefined };
        const first = await evaluate(body, { 'idempotency-key': 'retry-me' });
        expect(first.status).toBe(201);
        const again = await evaluate(body, { 'idempotency-key': 'retry-me' });
        expect(again.status).toBe(200);
        expect(again.body.escalation.id).toBe(first.body.escalation.id);
        expect(
          await api.store.db.selectFrom('escalations').select('id').where('case_id', '=', 'ev-key').execute(),
        ).toHaveLength(1);
        expect(await evaluation('ev-key')).toHaveLength(1);
      });

      test('an Idempotency-Key reused for another case is a conflict that writes nothing', async () => {
        await evaluate(orderStatus('ev-key-a'), { 'idempotency-key': 'reused' });
        const escalations = await countRows(api.store, 'escalations');
        const evaluations = await countRows(api.store, 'evaluations');
        const reply = await evaluate(turkishCancel('ev-key-b'), { 'idempotency-key': 'reused' });
        expect(reply.status).toBe(409);
        expect(reply.body.error).toMatchObject({ code: 'conflict', path: 'Idempotency-Key' });
        expect(await countRows(api.store, 'escalations')).toBe(escalations);
        expect(await countRows(api.store, 'evaluations')).toBe(evaluations);
      });

      test('concurrent duplicate requests open one escalation, and every one of them gets it', async () => {
        const replies = await Promise.all(
          Array.from({ length: 8 }, () => evaluate(turkishCancel('ev-race', 2))),
        );
        expect(replies.map((reply) => reply.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
        const ids = new Set(replies.map((reply) => reply.body.escalation.id));
        expect(ids.size).toBe(1);
        expect(
          await api.store.db
            .selectFrom('escalations')
            .select('id')
            .where('case_id', '=', 'ev-race')
            .execute(),
        ).toHaveLength(1);
        expect(await evaluation('ev-race')).toHaveLength(1);
      });

      test('concurrent duplicates by Idempotency-Key alone open one escalation', async () => {
        const body = { ...turkishCancel('ev-race-key'), turn: undefined };
        const replies = await Promise.all(
          Array.from({ length: 8 }, () => evaluate(body, { 'idempotency-key': 'race' })),
        );
        expect(replies.every((reply) => reply.status === 200 || reply.status === 201)).toBe(true);
        expect(new Set(replies.map((reply) => reply.body.escalation.id)).size).toBe(1);
        expect(
          await api.store.db
            .selectFrom('escalations')
            .select('id')
            .where('case_id', '=', 'ev-race-key')
            .execute(),
        ).toHaveLength(1);
      });

      test('evaluate needs an agent key: a human key gets 403 and nothing is recorded', async () => {
        const evaluations = await countRows(api.store, 'evaluations');
        const reply = await api.request('POST', '/v1/evaluate', {
          key: await api.keys.human('ayse'),
          body: turkishCancel('ev-human'),
        });
        expect(reply.status).toBe(403);
        expect(reply.body.error.code).toBe('forbidden');
        expect(await countRows(api.store, 'evaluations')).toBe(evaluations);
      });

      test('an explicit escalation carries its reason category and detail', async () => {
        const body = {
          case: {
            id: 'ex-1',
            locale: 'en',
            conversation: [{ role: 'customer', text: 'How do I export my data as XML?' }],
          },
          reason: { category: 'missing_knowledge', detail: 'no article covers XML export' },
          team: 'technical',
        };
        const reply = await api.request('POST', '/v1/escalations', {
          key: api.keys.agent,
          body,
          headers: { 'idempotency-key': 'ex-1' },
        });
        expect(reply.status).toBe(201);
        expect(reply.body).toMatchObject({
          caseId: 'ex-1',
          origin: 'explicit',
          reasonCategory: 'missing_knowledge',
          team: 'technical',
          tier: 'L1',
          mode: 'proactive',
        });
        const detail = await api.request('GET', `/v1/escalations/${reply.body.id}`, { key: api.keys.agent });
        expect(detail.status).toBe(200);
        expect(detail.body.context.explicitReason).toEqual({
          category: 'missing_knowledge',
          detail: 'no article covers XML export',
        });
        expect(detail.body.brief.why).toEqual(['missing_knowledge: no article covers XML export']);

        const again = await api.request('POST', '/v1/escalations', {
          key: api.keys.agent,
          body,
          headers: { 'idempotency-key': 'ex-1' },
        });
        expect(again.body.id).toBe(reply.body.id);
        const otherBody = await api.request('POST', '/v1/escalations', {
          key: api.keys.agent,
          body: { ...body, team: 'billing' },
          headers: { 'idempotency-key': 'ex-1' },
        });
        expect(otherBody.status).toBe(409);
        expect(otherBody.body.error.path).toBe('Idempotency-Key');
        expect(
          await api.store.db.selectFrom('escalations').select('id').where('case_id', '=', 'ex-1').execute(),
        ).toHaveLength(1);
      });

      test('an explicit escalation with an unknown category or team is refused and writes nothing', async () => {
        const escalations = await countRows(api.store, 'escalations');
        const badCategory = await api.request('POST', '/v1/escalations', {
          key: api.keys.agent,
          body: { case: { id: 'ex-bad' }, reason: { category: 'bored', detail: 'x' } },
        });
        expect(badCategory.status).toBe(400);
        expect(badCategory.body.error.path).toBe('reason.category');
        const badTeam = await api.request('POST', '/v1/escalations', {
          key: api.keys.agent,
          body: { case: { id: 'ex-bad' }, reason: { category: 'other', detail: 'x' }, team: 'nobody' },
        });
        expect(badTeam.status).toBe(422);
        expect(badTeam.body.error.path).toBe('team');
        expect(await countRows(api.store, 'escalations')).toBe(escalations);
      });
    });

    describe('approvals', () => {
      let api: ApiHarness;
      beforeAll(async () => {
        api = await startApi(dialect, { yaml: approvalsYaml });
      });
      afterAll(() => api.close());

      const approve = async (id: string, person: string, verdict: 'approved' | 'rejected', note?: string) =>
        api.request('POST', `/v1/escalations/${id}/approval`, {
          key: await api.keys.human(person),
          body: { verdict, ...(note === undefined ? {} : { note }) },
        });
      const open = async (id: string, type: 'wire_transfer' | 'refund_large') => {
        const reply = await api.request('POST', '/v1/evaluate', {
          key: api.keys.agent,
          body: critical(id, type),
        });
        expect(reply.status).toBe(201);
        return reply.body;
      };

      test('require_approval opens a pending approval that needs two of three finance approvers', async () => {
        const { decision, escalation } = await open('ap-wire', 'wire_transfer');
        expect(decision.action).toBe('require_approval');
        expect(escalation).toMatchObject({ status: 'pending_approval', team: 'finance', assignee: null });
        const detail = await api.request('GET', `/v1/escalations/${escalation.id}`, { key: api.keys.admin });
        expect(detail.body.approvalState).toBe('pending');
        expect(detail.body.context.approval).toEqual({
          proposedAction: { type: 'wire_transfer', amount: 25_000, currency: 'EUR' },
          required: 2,
          approvers: ['team:finance'],
          deadlineAt: new Date(t0 + 3_600_000).toISOString(),
          onDeadline: { action: 'reject' },
        });

        const first = await approve(escalation.id, 'fatma', 'approved');
        expect(first.status).toBe(200);
        expect(first.body.status).toBe('pending_approval');
        const twice = await approve(escalation.id, 'fatma', 'approved');
        expect(twice.status).toBe(409);

        const second = await approve(escalation.id, 'gul', 'approved', 'checked the IBAN');
        expect(second.status).toBe(200);
        expect(second.body).toMatchObject({ status: 'handed_back', outcome: 'handed_back' });
        const after = await api.request('GET', `/v1/escalations/${escalation.id}`, { key: api.keys.agent });
        expect(after.body.approvalState).toBe('approved');
        expect(
          after.body.approvals.map((vote: { approver: string; verdict: string }) => [
            vote.approver,
            vote.verdict,
          ]),
        ).toEqual([
          ['fatma', 'approved'],
          ['gul', 'approved'],
        ]);
        expect(
          after.body.timeline.filter((event: { type: string }) => event.type === 'approval_decided'),
        ).toHaveLength(1);
      });

      test('one rejection rejects, with its note', async () => {
        const { escalation } = await open('ap-reject', 'refund_large');
        const reply = await approve(escalation.id, 'hakan', 'rejected', 'over the refund limit');
        expect(reply.status).toBe(200);
        expect(reply.body.status).toBe('in_progress');
        const detail = await api.request('GET', `/v1/escalations/${escalation.id}`, { key: api.keys.admin });
        expect(detail.body.approvalState).toBe('rejected');
        expect(detail.body.approvals).toEqual([
          expect.objectContaining({ approver: 'hakan', verdict: 'rejected', note: 'over the refund limit' }),
        ]);
      });

      test('someone who is not an approver gets 403 (404 outside its team) and no vote is stored', async () => {
        const { escalation } = await open('ap-other', 'refund_large');
        const wrongPerson = await approve(escalation.id, 'fatma', 'approved');
        expect(wrongPerson.status).toBe(403);
        // Neither an approver nor of its team: to Sam it is not there.
        const otherTeam = await approve(escalation.id, 'sam', 'approved');
        expect(otherTeam.status).toBe(404);
        const agent = await api.request('POST', `/v1/escalations/${escalation.id}/approval`, {
          key: api.keys.agent,
          body: { verdict: 'approved' },
        });
        expect(agent.status).toBe(403);
        expect(
          await api.store.db
            .selectFrom('approvals')
            .select('approver')
            .where('escalation_id', '=', escalation.id)
            .execute(),
        ).toEqual([]);
      });

      test('the admin key gives no vote; it settles an approval only as an explicit override', async () => {
        const { escalation } = await open('ap-admin', 'wire_transfer');
        const asVote = await api.request('POST', `/v1/escalations/${escalation.id}/approval`, {
          key: api.keys.admin,
          body: { verdict: 'approved' },
        });
        expect(asVote.status).toBe(403);
        expect(asVote.body.error.message).toContain('override');
        const override = await api.request('POST', `/v1/escalations/${escalation.id}/approval`, {
          key: api.keys.admin,
          body: { verdict: 'approved', override: true, note: 'the customer called the CFO' },
        });
        expect(override.status).toBe(200);
        expect(override.body.status).toBe('handed_back');
        const detail = await api.request('GET', `/v1/escalations/${escalation.id}`, { key: api.keys.admin });
        expect(detail.body.approvalState).toBe('approved');
        expect(detail.body.approvals).toEqual([]);
        expect(detail.body.context.approval.settled).toMatchObject({
          state: 'approved',
          by: 'HANDOFF_ADMIN_KEY',
          override: true,
        });
      });
    });

    describe('playbook versions', () => {
      let api: ApiHarness;
      beforeAll(async () => {
        api = await startApi(dialect, { yaml: template });
      });
      afterAll(() => api.close());

      /** v2: "hello" escalates. */
      const v2 = template.replace(
        'triggers:\n',
        'triggers:\n  - id: hello\n    kind: keyword\n    keywords: [hello]\n\n',
      );
      const hello = (id: string) => ({
        id,
        turn: 1,
        task: { type: 'order_status' },
        ai: { confidence: 0.99 },
        conversation: [{ role: 'customer', text: 'hello there' }],
      });

      test('GET /v1/playbook gives the active YAML and its version', async () => {
        const reply = await api.request('GET', '/v1/playbook', { key: await api.keys.human('ayse') });
        expect(reply.status).toBe(200);
        expect(reply.headers.get('handoff-playbook-version')).toBe('1');
        expect(reply.text).toBe(template);
        const json = await api.request('GET', '/v1/playbook', {
          key: api.keys.admin,
          headers: { accept: 'application/json' },
        });
        expect(json.body).toEqual({ version: 1, yaml: template });
      });

      test('PUT with invalid YAML: 400 with line and column, and nothing stored', async () => {
        const broken = template.replace('default_route:\n  team: support', 'default_route:\n  team: nowhere');
        const reply = await api.request('PUT', '/v1/playbook', {
          key: api.keys.admin,
          body: broken,
          headers: { 'content-type': 'application/yaml' },
        });
        expect(reply.status).toBe(400);
        expect(reply.body.error.code).toBe('invalid_playbook');
        const line = broken.split('\n').indexOf('  team: nowhere') + 1;
        expect(reply.body.error.details).toContainEqual(
          expect.objectContaining({ path: 'default_route.team', line, col: 9 }),
        );

        const syntax = await api.request('PUT', '/v1/playbook', {
          key: api.keys.admin,
          body: { yaml: 'handoff: 1\nteams: [\n' },
        });
        expect(syntax.status).toBe(400);
        expect(syntax.body.error.details[0]).toMatchObject({
          line: expect.any(Number),
          col: expect.any(Number),
        });
        expect(await countRows(api.store, 'playbook_versions')).toBe(1);
        const versions = await api.request('GET', '/v1/playbook/versions', { key: api.keys.admin });
        expect(versions.body.items.map((item: { version: number }) => item.version)).toEqual([1]);
      });

      test('PUT needs admin', async () => {
        const reply = await api.request('PUT', '/v1/playbook', {
          key: await api.keys.human('ayse'),
          body: { yaml: v2 },
        });
        expect(reply.status).toBe(403);
        expect(await countRows(api.store, 'playbook_versions')).toBe(1);
      });

      test('a new version decides from then on; activate and rollback switch, and each evaluation records its version', async () => {
        const put = await api.request('PUT', '/v1/playbook', {
          key: api.keys.admin,
          body: v2,
          headers: { 'content-type': 'application/yaml' },
        });
        expect(put.status).toBe(201);
        expect(put.body).toMatchObject({
          version: 2,
          name: 'customer-support',
          source: 'api',
          createdBy: 'HANDOFF_ADMIN_KEY',
          active: true,
        });

        const underV2 = await api.request('POST', '/v1/evaluate', {
          key: api.keys.agent,
          body: hello('pv-2'),
        });
        expect(underV2.body.decision.action).toBe('escalate');
        expect(underV2.body.escalation.playbookVersion).toBe(2);

        const list = await api.request('GET', '/v1/playbook/versions', { key: api.keys.admin });
        expect(
          list.body.items.map((item: { version: number; active: boolean }) => [item.version, item.active]),
        ).toEqual([
          [2, true],
          [1, false],
        ]);
        const one = await api.request('GET', '/v1/playbook/versions/1', { key: api.keys.admin });
        expect(one.text).toBe(template);

        const activated = await api.request('POST', '/v1/playbook/versions/1/activate', {
          key: api.keys.admin,
        });
        expect(activated.status).toBe(200);
        expect(activated.body).toMatchObject({ version: 1, active: true });
        const underV1 = await api.request('POST', '/v1/evaluate', {
          key: api.keys.agent,
          body: hello('pv-1'),
        });
        expect(underV1.body.decision.action).toBe('continue');

        const rolledBack = await api.request('POST', '/v1/playbook/rollback', { key: api.keys.admin });
        expect(rolledBack.body).toMatchObject({ version: 2, active: true });
        const again = await api.request('POST', '/v1/evaluate', {
          key: api.keys.agent,
          body: hello('pv-2b'),
        });
        expect(again.body.escalation.playbookVersion).toBe(2);

        const recorded = await api.store.db
          .selectFrom('evaluations')
          .select(['case_id', 'playbook_version'])
          .where('case_id', 'in', ['pv-2', 'pv-1', 'pv-2b'])
          .orderBy('case_id')
          .execute();
        expect(recorded).toEqual([
          { case_id: 'pv-1', playbook_version: 1 },
          { case_id: 'pv-2', playbook_version: 2 },
          { case_id: 'pv-2b', playbook_version: 2 },
        ]);
        const unknown = await api.request('POST', '/v1/playbook/versions/99/activate', {
          key: api.keys.admin,
        });
        expect(unknown.status).toBe(404);
      });

      test('PUT ?activate=false stores a version without activating it', async () => {
        const active = (
          await api.request('GET', '/v1/playbook', {
            key: api.keys.admin,
            headers: { accept: 'application/json' },
          })
        ).body.version;
        const stored = await api.request('PUT', '/v1/playbook?activate=false', {
          key: api.keys.admin,
          body: { yaml: template.replace('name: customer-support', 'name: draft') },
        });
        expect(stored.status).toBe(201);
        expect(stored.body).toMatchObject({ name: 'draft', active: false });
        expect((await api.request('GET', '/readyz')).body.playbookVersion).toBe(active);
      });

      test('admins storing versions at once each get their own number, and rollback walks back through all of them', async () => {
        const before = await countRows(api.store, 'playbook_versions');
        const puts = await Promise.all(
          [1, 2, 3, 4].map((n) =>
            api.request('PUT', '/v1/playbook', {
              key: api.keys.admin,
              body: { yaml: template.replace('name: customer-support', `name: at-once-${n}`) },
            }),
          ),
        );
        expect(puts.map((reply) => reply.status)).toEqual([201, 201, 201, 201]);
        const numbers = puts.map((reply) => reply.body.version as number).sort((a, b) => a - b);
        expect(numbers).toEqual([before + 1, before + 2, before + 3, before + 4]);
        // The activation history holds every one of them: each rollback goes to a different one of the four before.
        const visited = [(await api.request('GET', '/readyz')).body.playbookVersion];
        for (let i = 0; i < 3; i += 1) {
          visited.push(
            (await api.request('POST', '/v1/playbook/rollback', { key: api.keys.admin })).body.version,
          );
        }
        expect([...visited].sort((a, b) => a - b)).toEqual(numbers);
      });
    });
  });
}
