"""The case view: header, defender, incidents, risk notes and the audit timeline of one case."""
