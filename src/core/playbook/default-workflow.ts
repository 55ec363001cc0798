// The workflow every playbook gets unless it declares its own.
import type { Workflow } from './workflow-schema.js';

export const defaultWorkflow: Workflow = {
  statuses: [
    { id: 'new', category: 'open' },
    { id: 'assigned', category: 'open' },
    { id: 'in_progress', category: 'open' },
    { id: 'waiting_on_customer', category: 'paused' },
    { id: 'input_required', category: 'paused' },
    { id: 'pending_approval', category: 'open' },
    { id: 'resolved', category: 'done' },
    { id: 'closed', category: 'done' },
    { id: 'handed_back', category: 'done' },
  ],
  initial: 'new',
  transitions: {
    new: [
      'assigned',
      'in_progress',
      'waiting_on_customer',
      'input_required',
      'resolved',
      'closed',
      'handed_back',
    ],
    assigned: [
      'new',
      'in_progress',
      'waiting_on_customer',
      'input_required',
      'resolved',
      'closed',
      'handed_back',
    ],
    in_progress: [
      'assigned',
      'waiting_on_customer',
      'input_required',
      'pending_approval',
      'resolved',
      'closed',
      'handed_back',
    ],
    waiting_on_customer: ['in_progress', 'assigned', 'resolved', 'closed', 'handed_back'],
    input_required: ['in_progress', 'assigned', 'resolved', 'closed', 'handed_back'],
    pending_approval: ['in_progress', 'resolved', 'closed', 'handed_back'],
    resolved: ['closed', 'in_progress'],
    closed: ['in_progress'],
    handed_back: ['in_progress'],
  },
};
