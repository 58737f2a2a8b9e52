"""People and teams: who is in the organisation, their roles and devices; for admins, invitations,
device confirmation by fingerprint, and revocation (issue 8)."""
