// The playbook the Slack suites share: a desk team with its channel, people reached by Slack id or e-mail.
export const slackYaml = `handoff: 1
name: slack
teams:
  - { id: desk, name: Desk, assignment: manual }
  - { id: billing, name: Billing, assignment: manual }
people:
  - { id: ana, name: Ana, teams: [desk], slack_user: U0ANA }
  - { id: ben, name: Ben, teams: [desk], email: ben@example.com }
  - { id: cem, name: Cem, teams: [desk], email: cem@example.com }
  - { id: dan, name: Dan, teams: [desk] }
  - { id: bora, name: Bora, teams: [billing], slack_user: U0BORA }
tiers:
  - { id: L1, name: Frontline }
risk:
  default: low
  levels:
    low: { threshold: 0.5 }
priorities:
  levels: [low, normal, high]
  default: normal
triggers:
  - id: human
    kind: human_request
    priority: high
default_route:
  team: desk
  tier: L1
oncall:
  rotations:
    - id: desk-primary
      team: desk
      people: [ana, ben]
      period: daily
      handover: "09:00"
      timezone: UTC
      start: 2026-11-16
integrations:
  slack:
    - id: slack
      token_env: TEST_SLACK_TOKEN
      signing_secret_env: TEST_SLACK_SIGNING_SECRET
      channels: { desk: C0DESK }
      default_channel: C0GENERAL
`;
