from django.urls import path

from . import views

PREFIX = '__sessionspec/'

urlpatterns = [
    path(PREFIX, views.identity),
    path(PREFIX + 'fixture/<str:name>', views.fixture),
    path(PREFIX + 'control/<str:name>', views.control),
]
