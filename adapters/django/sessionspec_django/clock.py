"""The adapter's clock, which the control API moves.

Django reads "now" in four ways: time.time() (signature timestamps and ages, cookie expires
dates, cache timeouts), django.utils.timezone.now() (session expiry, the db engine's
expire_date), set_cookie(expires=<datetime>) measuring that date against the system clock
(Django 3.2: `expires.utcnow()`; 4.0 and later: `datetime.datetime.now(tz=timezone.utc)` in
django/http/response.py), and, in the file engine, a session file's mtime, which the kernel
stamps from the real clock. install() points each of them here; nothing else is patched.
"""
import datetime
import os
import shutil
import time

from django.conf import settings
from django.utils import timezone

_real_time = time.time
_frozen = None  # Unix seconds the clock stands still at; None: real time plus _offset
_offset = 0.0


def now():
    return _frozen if _frozen is not None else _real_time() + _offset


def set_now(seconds):
    global _frozen
    _frozen = float(seconds)


def advance(seconds):
    global _frozen, _offset
    if _frozen is None:
        _offset += seconds
    else:
        _frozen += seconds


def reset():
    global _frozen, _offset
    _frozen, _offset = None, 0.0


def _timezone_now():
    moment = datetime.datetime.fromtimestamp(now(), tz=datetime.timezone.utc)
    return moment if settings.USE_TZ else timezone.make_naive(moment)


class ClockDatetime(datetime.datetime):
    """A datetime whose utcnow() reads this clock.

    set_cookie(expires=<datetime>) measures the date with `expires - expires.utcnow()`
    (django/http/response.py), a C-level read of the system clock that patching time.time
    does not reach; an `expires` of this class makes that subtraction use the adapter's now.
    """

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(now())


class _ClockStampedShutil:
    """shutil for the file engine, whose save ends with shutil.move(temp file, session file):
    the moved-in file is stamped with this clock, as if the kernel's clock were this one."""

    def __getattr__(self, name):
        return getattr(shutil, name)

    @staticmethod
    def move(source, destination):
        moved = shutil.move(source, destination)
        os.utime(destination, (now(), now()))
        return moved


class _ClockNowDatetime(type):
    """Stands for datetime.datetime in django/http/response.py (Django 4.0+): now() reads this
    clock, isinstance() and every other attribute are the real class's."""

    def __instancecheck__(cls, instance):
        return isinstance(instance, datetime.datetime)

    def __getattr__(cls, name):
        return getattr(datetime.datetime, name)


class _ResponseDatetime(metaclass=_ClockNowDatetime):
    @staticmethod
    def now(tz=None):
        return datetime.datetime.fromtimestamp(now(), tz=tz)


class _ResponseDatetimeModule:
    """The datetime module as django/http/response.py sees it: datetime.datetime.now is this clock's."""
    datetime = _ResponseDatetime

    def __getattr__(self, name):
        return getattr(datetime, name)


def install():
    time.time = now
    timezone.now = _timezone_now
    # C-level reads of the system clock that patching time.time does not reach: Django 3.2
    # calls expires.utcnow() (the views pass a ClockDatetime); 4.0+ calls datetime.now(tz=utc).
    from django.http import response
    response.datetime = _ResponseDatetimeModule()
    from django.contrib.sessions.backends import file as file_engine
    file_engine.shutil = _ClockStampedShutil()
