"""Django 3.2 as a sessionspec target: the fixture and control APIs over Django's own
session middleware, session engines and message storages (docs/fixture-api.md)."""
