from django.urls import path

from search import views
from search.opendata.views import SearchAtomFeed, SearchFeed

app_name = "search"

urlpatterns = [
    path("sources/", views.source_list, name="sources"),
    path("recherche/", views.search_page, name="search"),
    path("recherche/flux.rss", SearchFeed(), name="feed-rss"),
    path("recherche/flux.atom", SearchAtomFeed(), name="feed-atom"),
    path("carte/", views.map_page, name="map"),
    path("observatoire/", views.observatory, name="observatory"),
    path("observatoire/<slug:chart>.csv", views.observatory_csv, name="observatory-csv"),
]
