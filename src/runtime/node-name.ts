// This process's name among the nodes of one database: in `fired_by`, and as the sender of live announcements.
import { hostname } from 'node:os';

/** Host, process and a random tail (two processes on one host differ). Called once per process start. */
export const nodeName = (): string =>
  `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 6)}`;
