// Headline figures of a set of cases, added one closed case at a time. Pure; the same arithmetic as the live
// metrics (nearest-rank percentiles, rates to 4 places).
import { rateOf, summarize } from '../metrics/stats.js';
import type { AuditFigures, BusinessSummary } from './audit-report.js';
import type { ClosedCase } from './close-case.js';

/** Business ms between two instants: the calendar's working time, or elapsed time without one. */
export type BusinessTime = ((a: number, b: number) => number) | null;

export interface FiguresBuilder {
  add(closed: ClosedCase): void;
  build(): AuditFigures;
}

function businessSummary(calendar: readonly number[], business: readonly number[]): BusinessSummary {
  const plain = summarize(calendar);
  const working = summarize(business);
  return { ...plain, businessMedian: working.median, businessP90: working.p90, businessMean: working.mean };
}

export function makeFiguresBuilder(businessTime: BusinessTime): FiguresBuilder {
  const firstResponse: number[] = [];
  const firstResponseBusiness: number[] = [];
  const resolution: number[] = [];
  const resolutionBusiness: number[] = [];
  let cases = 0;
  let resolved = 0;
  let firstContact = 0;
  let reassigned = 0;
  let reopened = 0;
  let met = 0;
  let breached = 0;
  return {
    add(closed) {
      cases += 1;
      reassigned += closed.reassignments > 0 ? 1 : 0;
      reopened += closed.reopens > 0 ? 1 : 0;
      met += closed.madeSla === true ? 1 : 0;
      breached += closed.madeSla === false ? 1 : 0;
      const opened = closed.openedAt;
      if (opened !== null && closed.firstResponseAt !== null && closed.firstResponseAt >= opened) {
        firstResponse.push(closed.firstResponseAt - opened);
        firstResponseBusiness.push(
          businessTime !== null
            ? businessTime(opened, closed.firstResponseAt)
            : (closed.firstResponseBusinessMs ?? closed.firstResponseAt - opened),
        );
      }
      if (closed.isResolved) {
        resolved += 1;
        firstContact += closed.reassignments === 0 && closed.reopens === 0 ? 1 : 0;
        if (opened !== null && closed.resolvedAt !== null) {
          const ms = Math.max(0, closed.resolvedAt - opened);
          resolution.push(ms);
          resolutionBusiness.push(
            businessTime === null ? ms : businessTime(opened, Math.max(opened, closed.resolvedAt)),
          );
        }
      }
    },
    build() {
      return {
        cases,
        resolved,
        open: cases - resolved,
        timeToFirstResponse: businessSummary(firstResponse, firstResponseBusiness),
        timeToResolution: businessSummary(resolution, resolutionBusiness),
        firstContactResolution: { rate: rateOf(firstContact, resolved), count: resolved },
        reassignmentRate: rateOf(reassigned, cases),
        reopenRate: rateOf(reopened, cases),
        sla: met + breached === 0 ? null : { met, breached, rate: rateOf(met, met + breached) },
      };
    },
  };
}
