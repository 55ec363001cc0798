// The escalation matrix of the active playbook: each tier (level) against the triggers and routes that lead there,
// the teams and people who own it and the SLA targets that apply; and the confidence thresholds by task risk.
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import { useApp } from '../app';
import { formatPercent } from '../format';
import type { Key } from '../i18n';

export interface EscalationMatrix {
  version: number;
  tiers: Array<{
    id: string | null;
    name: string;
    handles: string | null;
    criteria: string | null;
    next: string | null;
    triggers: Array<{
      id: string;
      kind: string;
      condition: string;
      action: 'escalate' | 'require_approval';
      priority: string | null;
      team: string;
      via: 'trigger' | 'route' | 'default';
      route?: string;
    }>;
    routes: Array<{ id: string | null; when: string[]; team: string }>;
    teams: string[];
    owners: Array<{ id: string; name: string; teams: string[]; isLead: boolean }>;
    sla: Array<{ policy: string; when: string[]; targets: Record<string, string>; calendar: string | null }>;
  }>;
  risk: Array<{ level: string; threshold: number | null; requiresApproval: boolean; tasks: string[] }>;
}

const via: Record<'trigger' | 'route' | 'default', Key> = {
  trigger: 'viaTrigger',
  route: 'viaRoute',
  default: 'viaDefault',
};

const metricWords: Record<string, Key> = {
  first_response: 'first_response',
  next_response: 'next_response',
  resolution: 'resolution_target',
  periodic_update: 'periodic_update',
};

export function MatrixView({ version }: { version: number | null }) {
  const { t, lang } = useApp();
  const [matrix, setMatrix] = useState<EscalationMatrix | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<EscalationMatrix>('GET', '/v1/playbook/matrix')
      .then(setMatrix)
      .catch((failure: unknown) => setError(failure instanceof ApiError ? failure.message : String(failure)));
  }, [version]);
  if (error !== null) {
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  }
  if (matrix === null) {
    return <p>{t('loading')}</p>;
  }
  return (
    <>
      <div class="scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
        <table class="matrix">
          <caption id="matrix-caption">{t('matrixCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colTier')}</th>
              <th scope="col">{t('colTriggers')}</th>
              <th scope="col">{t('colRoutes')}</th>
              <th scope="col">{t('colTeams')}</th>
              <th scope="col">{t('colOwners')}</th>
              <th scope="col">{t('colSla')}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.tiers.map((tier) => (
              <tr key={tier.id ?? ''} data-tier={tier.id ?? ''}>
                <th scope="row">
                  {tier.id === null ? t('noTier') : `${tier.id} · ${tier.name}`}
                  {tier.handles !== null && <div class="hint">{tier.handles}</div>}
                  {tier.next !== null && tier.criteria !== null && (
                    <div class="hint">{t('movesOn', { next: tier.next, criteria: tier.criteria })}</div>
                  )}
                </th>
                <td>
                  <ul class="plain">
                    {tier.triggers.map((trigger) => (
                      <li>
                        <code>{trigger.id}</code> ({trigger.kind}: {trigger.condition}) → {trigger.team}
                        {trigger.priority !== null && `, ${trigger.priority}`}
                        {trigger.action === 'require_approval' && `, ${t('needsApproval')}`}
                        <span class="hint"> · {t(via[trigger.via])}</span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <ul class="plain">
                    {tier.routes.map((route) => (
                      <li>
                        {route.id !== null && <code>{route.id}</code>} {route.when.join('; ')} → {route.team}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{tier.teams.join(', ')}</td>
                <td>
                  <ul class="plain">
                    {tier.owners.map((owner) => (
                      <li>
                        {owner.name}
                        {owner.isLead && ` (${t('lead')})`}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <ul class="plain">
                    {tier.sla.map((sla) => (
                      <li>
                        <code>{sla.policy}</code>
                        {sla.when.length > 0 && ` (${sla.when.join('; ')})`}:{' '}
                        {Object.entries(sla.targets)
                          .map(([metric, target]) => {
                            const word = metricWords[metric];
                            return `${word === undefined ? metric : t(word)} ${target}`;
                          })
                          .join(', ')}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('riskLevels')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('colRisk')}</th>
            <th scope="col">{t('colThreshold')}</th>
            <th scope="col">{t('colTasks')}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.risk.map((risk) => (
            <tr>
              <th scope="row">{risk.level}</th>
              <td>
                {risk.threshold === null ? '–' : formatPercent(risk.threshold, lang)}
                {risk.requiresApproval && `, ${t('needsApproval')}`}
              </td>
              <td>{risk.tasks.join(', ') || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
