"""Account pages beside allauth's (profile, account deletion), mounted at /compte/."""

from django.urls import path

app_name = "accounts"

urlpatterns: list = []
