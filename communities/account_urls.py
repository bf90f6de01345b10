"""Account pages beside allauth's (profile, account deletion), mounted at /compte/."""

from django.urls import path

from communities import account_views

app_name = "accounts"

urlpatterns = [
    path("profil/", account_views.profile, name="profile"),
    path("supprimer/", account_views.account_delete, name="delete"),
]
