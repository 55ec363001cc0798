// Each endpoint's standing: failures in a row, and whether it is disabled (after too many, or an HTTP 410).
import type { Selectable, Transaction } from 'kysely';
import type { Db } from '../store.js';
import type { DeliveryEndpointsTable, Tables } from '../tables.js';

export type EndpointRow = Selectable<DeliveryEndpointsTable>;

export async function selectEndpointStates(db: Db | Transaction<Tables>): Promise<EndpointRow[]> {
  return db.selectFrom('delivery_endpoints').selectAll().orderBy('endpoint').execute();
}

/** One more failure in a row; returns the count now. */
export async function countEndpointFailure(
  trx: Transaction<Tables>,
  endpoint: string,
  now: number,
): Promise<number> {
  const row = await trx
    .insertInto('delivery_endpoints')
    .values({ endpoint, failures: 1, updated_at: now })
    .onConflict((conflict) =>
      conflict.column('endpoint').doUpdateSet((eb) => ({
        failures: eb('delivery_endpoints.failures', '+', 1),
        updated_at: now,
      })),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return Number(row.failures);
}

/** A success ends the run of failures. */
export async function clearEndpointFailures(
  trx: Transaction<Tables>,
  endpoint: string,
  now: number,
): Promise<void> {
  await trx
    .updateTable('delivery_endpoints')
    .set({ failures: 0, updated_at: now })
    .where('endpoint', '=', endpoint)
    .where('failures', '>', 0)
    .execute();
}

/** Disables an endpoint; false when it already was (so the disabling is announced once). */
export async function disableEndpoint(
  trx: Transaction<Tables>,
  endpoint: string,
  reason: string,
  now: number,
): Promise<boolean> {
  await trx
    .insertInto('delivery_endpoints')
    .values({ endpoint, failures: 0, updated_at: now })
    .onConflict((conflict) => conflict.column('endpoint').doNothing())
    .execute();
  const result = await trx
    .updateTable('delivery_endpoints')
    .set({ disabled_at: now, disabled_reason: reason.slice(0, 500), updated_at: now })
    .where('endpoint', '=', endpoint)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Enables it again, failures forgotten; false when it was not disabled. */
export async function enableEndpoint(
  trx: Transaction<Tables>,
  endpoint: string,
  now: number,
): Promise<boolean> {
  const result = await trx
    .updateTable('delivery_endpoints')
    .set({ disabled_at: null, disabled_reason: null, failures: 0, updated_at: now })
    .where('endpoint', '=', endpoint)
    .where('disabled_at', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
