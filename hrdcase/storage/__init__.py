"""The only place on the client that speaks SQL: SQLCipher connection and keys, migrations,
repositories, full-text search, the audit chain and the sync outbox."""
