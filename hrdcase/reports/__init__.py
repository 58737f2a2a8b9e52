"""Printable reports: the case file PDF (issue 12). The only package that imports reportlab; it
builds from the services' read models and never touches storage or Qt."""
