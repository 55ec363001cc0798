// The playbook the Slack suites share: a desk team with its channel, people reached by Slack id or e-mail.
import { askForHuman, dailyRotation, manualTeams, playbookYaml } from './playbook-fixtures.js';

export const slackYaml = playbookYaml({
  name: 'slack',
  teams: manualTeams,
  people: `  - { id: ana, name: Ana, teams: [desk], slack_user: U0ANA }
  - { id: ben, name: Ben, teams: [desk], email: ben@example.com }
  - { id: cem, name: Cem, teams: [desk], email: cem@example.com }
  - { id: dan, name: Dan, teams: [desk] }
  - { id: bora, name: Bora, teams: [billing], slack_user: U0BORA }
`,
  triggers: askForHuman('high'),
  rest: `oncall:
  rotations:
${dailyRotation('desk-primary', 'desk', 'ana, ben')}integrations:
  slack:
    - id: slack
      token_env: TEST_SLACK_TOKEN
      signing_secret_env: TEST_SLACK_SIGNING_SECRET
      channels: { desk: C0DESK }
      default_channel: C0GENERAL
`,
});
