// The built-in playbooks: their names, their YAML text and the parsed playbooks.
import { HandoffError } from '../../errors.js';
import { readTextFile } from './load-playbook-file.js';
import { parsePlaybook } from '../../core/playbook/parse-playbook.js';
import type { Playbook } from '../../core/playbook/schema.js';

/** A built-in playbook as listed by `handoff templates`. */
export interface TemplateInfo {
  name: string;
  description: string;
}

const templates: readonly TemplateInfo[] = [
  {
    name: 'customer-support',
    description:
      'Customer-support escalation: L1/L2/L3 tiers, thresholds by task risk, human requests, cancel and legal keywords (en, tr), VIPs, sentiment, AI loops; billing, technical, legal and VIP routes.',
  },
  {
    name: 'escalation-matrix',
    description:
      'Escalation matrix: levels L1-L4 x conditions as a grid; each condition sets a severity and a starting level, each missed deadline moves the escalation one level up to a named owner.',
  },
  {
    name: 'escalation-procedure',
    description:
      'Escalation procedure (SOP) for an e-wallet: detect, weigh risk, prioritise, route, respond, escalate, sign off, close; levels L1-L3, fraud, failed transfers, KYC, regulator and vulnerable-customer triggers, contacts and on-call rotations.',
  },
  {
    name: 'incident-action-plan',
    description:
      'Incident action plan: outage reports and alerts grouped into incidents; situation summary and execution plan kept apart with an approval checkpoint; 12-hour operational periods with a hand-over between response teams.',
  },
  {
    name: 'incident-communications',
    description:
      'Incident communications plan: what counts as a critical incident, key contacts with channels and expectations, an update cadence per severity with reminders, phase-by-phase messages in English and Turkish.',
  },
  {
    name: 'it-service-management',
    description:
      'IT service management: service requests, incidents and changes; impact x urgency priorities (P1-P4), major incidents, outages, security events, AI alerts, failed automations; CAB change approvals; IT, security and operations handoffs.',
  },
  {
    name: 'quality-control',
    description:
      'Quality-control checklist: an AI checker reviews first and flags anomalies (content moderation among them) for human review; Critical / Major / Minor severity; triggers by error type and by frequency; pending approval, approved and new approval.',
  },
  {
    name: 'raci',
    description:
      'RACI planning for AI-assisted work: responsible, accountable, consulted and informed at every stage from intake to post-review; mandatory human review of legal, financial, HR and published work enforced by approvals.',
  },
  {
    name: 'software-integration',
    description:
      'Software integration (data, system, process): API errors, data mismatches and sync delays; the handoff chain chatbot -> CRM -> support queue -> person with an owner per checkpoint; an Input Required status for missing data and sign-offs.',
  },
  {
    name: 'support-queue',
    description:
      'Support queue with twenty statuses across triage, investigation, escalation and resolution; query type, customer and company, promised deadlines; AI-handled and human-owned work told apart; tier moves automated.',
  },
];

/** Where template files live: beside this module in src/, or in src/ when running from the built dist/. */
const folders = [
  new URL('./templates/', import.meta.url),
  new URL('../../../src/services/playbooks/templates/', import.meta.url),
];

/** Lists the built-in templates. */
export function listTemplates(): TemplateInfo[] {
  return templates.map((template) => ({ ...template }));
}

function known(name: string): TemplateInfo {
  const template = templates.find((candidate) => candidate.name === name);
  if (template === undefined) {
    throw new HandoffError(
      'unknown_template',
      `no template named "${name}"; templates: ${templates.map((candidate) => candidate.name).join(', ')}`,
    );
  }
  return template;
}

/** The YAML text of a built-in template (what `handoff init` writes). */
export function templateText(name: string): string {
  known(name);
  let lastError: unknown;
  for (const folder of folders) {
    try {
      return readTextFile(new URL(`${name}.yaml`, folder));
    } catch (error) {
      lastError = error;
    }
  }
  throw new HandoffError('internal', `the file of template "${name}" is missing from the installation`, {
    cause: lastError,
  });
}

/**
 * Loads and checks a built-in template.
 * @throws HandoffError `unknown_template` listing the template names.
 */
export function loadTemplate(name: string): Playbook {
  return parsePlaybook(templateText(name), `template:${name}`);
}
