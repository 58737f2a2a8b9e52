"""Talking to the central records server: device identity crypto, the wire protocol, the HTTP client."""
