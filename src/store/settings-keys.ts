// The rows the settings table holds, by key: the active playbook version, and the versions active before it.
export const activePlaybookVersionKey = 'active_playbook_version';
/** A JSON array of version numbers, oldest first: where a rollback goes back to. */
export const playbookActivationHistoryKey = 'playbook_activation_history';
