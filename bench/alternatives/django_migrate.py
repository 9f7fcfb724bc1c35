"""The `migrate` step the two Django projects of bench/load.ts share (django_wsgi.py, the adapter;
django_plain.py, a plain project): Django's migrations into DB_FILE, then the SQLite journal mode,
which SQLite keeps in the file so that every later connection (gunicorn's workers) has it."""
import sqlite3
import sys


def migrate_with_journal(db_file, journal_mode, who):
    """Django must be set up already; exits naming `who` when SQLite keeps another journal mode."""
    from django.core.management import call_command
    call_command('migrate', verbosity=0)
    with sqlite3.connect(db_file) as connection:
        mode = connection.execute(f'PRAGMA journal_mode={journal_mode}').fetchone()[0]
    if mode != journal_mode:
        sys.exit(f'{who}: {db_file} is in journal mode {mode}, not {journal_mode}')
