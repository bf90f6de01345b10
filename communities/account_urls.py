"""Account pages beside allauth's (profile, account deletion), mounted at /compte/."""


app_name = "accounts"

urlpatterns: list = []
