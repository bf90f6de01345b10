from django.urls import path

from search import views

app_name = "search"

urlpatterns = [
    path("sources/", views.source_list, name="sources"),
    path("recherche/", views.search_page, name="search"),
    path("recherche/suggestions/", views.search_suggest, name="suggest"),
]
