// Creating and dropping whole test databases on the test PostgreSQL through its admin connection.
import pg from 'pg';

/** The URL of database `name` on the same server as `adminUrl`. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement (CREATE/DROP DATABASE cannot run in a transaction) on a short-lived connection. */
export async function runAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: 'handoff-tests' });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function createDatabase(adminUrl: string, name: string, template: string): Promise<void> {
  await runAdmin(adminUrl, `CREATE DATABASE ${quoteName(name)} TEMPLATE ${quoteName(template)}`);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  // FORCE (PostgreSQL 13+) ends connections a failed test may have left open.
  await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${quoteName(name)} WITH (FORCE)`);
}

function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
