"""Reading an operation's JSON parameters; a parameter it cannot take is answered 422."""
import datetime

from django.utils.dateparse import parse_datetime, parse_duration

ABSENT = object()
NUMBER = (int, float)


class Rejected(Exception):
    """The operation refuses its parameters: HTTP 422 {"rejected": "<one line>"}."""


def _describe(types):
    names = {bool: 'a boolean', int: 'an integer', float: 'a number', str: 'a string', dict: 'a JSON object', list: 'a list'}
    return ' or '.join(dict.fromkeys(names[t] for t in types))


class Params:
    """Typed reads of one JSON object; done() refuses names nobody read."""

    def __init__(self, data, where=''):
        if not isinstance(data, dict):
            raise Rejected(f'{where or "the request body"} must be a JSON object')
        self._data = data
        self._where = where
        self._read = set()

    def label(self, name):
        return f'{self._where}.{name}' if self._where else name

    def has(self, name):
        return name in self._data

    def value(self, name, types, *, required=False, nullable=False):
        """The value if given, ABSENT if not. JSON null is None (docs/fixture-api.md): read as not
        given where Django's default is None anyway, nullable (None) where it is not."""
        self._read.add(name)
        value = self._data.get(name, ABSENT)
        if value is ABSENT or (value is None and not nullable):
            if required:
                raise Rejected(f'{self.label(name)} is required ({_describe(types)})')
            return ABSENT
        # JSON true is not a number, although Python's bool is an int.
        if value is None or (isinstance(value, types) and (bool in types or not isinstance(value, bool))):
            return value
        raise Rejected(f'{self.label(name)} must be {_describe(types)}')

    def json(self, name, *, required=True):
        """Any JSON value (a session value)."""
        self._read.add(name)
        if name not in self._data:
            if required:
                raise Rejected(f'{self.label(name)} is required (any JSON value)')
            return ABSENT
        return self._data[name]

    def date_time(self, name):
        text = self.value(name, (str,))
        if text is ABSENT:
            return ABSENT
        moment = parse_datetime(text)
        if moment is None:
            raise Rejected(f'{self.label(name)} must be an ISO 8601 date-time such as 2030-01-01T00:00:00Z')
        # A date-time without an offset is UTC, as Django reads a naive datetime for cookies.
        return moment if moment.tzinfo else moment.replace(tzinfo=datetime.timezone.utc)

    def duration(self, name):
        text = self.value(name, (str,))
        if text is ABSENT:
            return ABSENT
        delta = parse_duration(text) if text.startswith(('P', '-P', '+P')) else None
        if delta is None:
            raise Rejected(f'{self.label(name)} must be an ISO 8601 duration such as PT3600S')
        return delta

    def done(self):
        unknown = [name for name in self._data if name not in self._read]
        if unknown:
            raise Rejected(f'unknown parameter "{self.label(unknown[0])}"')
