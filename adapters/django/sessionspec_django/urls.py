from django.urls import path

from . import views

PREFIX = '__sessionspec/'

# A BadRequest or SuspiciousOperation (SessionInterrupted among them) answers JSON, not Django's page.
handler400 = views.bad_request

urlpatterns = [
    path(PREFIX, views.identity),
    path(PREFIX + 'fixture/<str:name>', views.fixture),
    path(PREFIX + 'control/<str:name>', views.control),
]
