// A long-running command (serve, worker) outlives its stdout and stderr: a closed pipe or a full disk costs lines of
// output, never the process. (A short command still ends quietly on a closed pipe: see main.ts.)
export function outliveOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.removeAllListeners('error');
    stream.on('error', () => undefined);
  }
}
