// A long-running command (serve, worker) closes what it runs on SIGINT or SIGTERM, then exits 0.
export function closeOnSignals(running: { close(): Promise<void> }): void {
  const stop = (): void => {
    void running.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
