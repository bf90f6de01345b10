from django.urls import path

from carrefour.editorial import views

app_name = "editorial"

urlpatterns = [
    path("laureats/", views.laureates, name="laureates"),
    path("recherche/articles/", views.article_search, name="article-search"),
]
