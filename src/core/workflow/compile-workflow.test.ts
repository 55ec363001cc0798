import { describe, expect, it } from 'vitest';
import { isHandoffError } from '../../errors.js';
import { compileWorkflow } from './compile-workflow.js';

describe('the default workflow', () => {
  const workflow = compileWorkflow();

  it('starts escalations as new and knows each status category', () => {
    expect(workflow.initial).toBe('new');
    expect(workflow.categoryOf('waiting_on_customer')).toBe('paused');
    expect(workflow.categoryOf('handed_back')).toBe('done');
  });

  it('an invalid transition names the allowed ones', () => {
    try {
      workflow.assertTransition('closed', 'assigned');
      expect.unreachable();
    } catch (error) {
      expect(isHandoffError(error) && error.code).toBe('invalid_transition');
      expect((error as Error).message).toBe('cannot move from closed to assigned; allowed: in_progress');
    }
  });

  it('an unknown status is unprocessable, not a transition error', () => {
    expect(() => workflow.assertTransition('new', 'limbo')).toThrow(/not a status/);
  });

  it('allows the usual path from new to resolved', () => {
    expect(() => workflow.assertTransition('new', 'assigned')).not.toThrow();
    expect(() => workflow.assertTransition('assigned', 'in_progress')).not.toThrow();
    expect(() => workflow.assertTransition('in_progress', 'resolved')).not.toThrow();
  });
});
