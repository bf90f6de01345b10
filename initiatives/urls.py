from django.urls import path, re_path

from initiatives import views

app_name = "initiatives"

urlpatterns = [
    path("initiatives/", views.initiative_list, name="list"),
    path("initiatives/<slug:slug>/", views.initiative_detail, name="detail"),
    path("initiatives/<slug:slug>/signaler/", views.initiative_report, name="report"),
    path("territoires/", views.territory_index, name="territories"),
    path("territoires/regions/<slug:slug>/", views.region_detail, name="region"),
    path("territoires/departements/<slug:slug>/", views.departement_detail, name="departement"),
    re_path(r"^territoires/communes/(?P<insee_code>[0-9][0-9AB][0-9]{3})-(?P<slug>[-\w]+)/$", views.commune_detail,
            name="commune"),
    path("themes/", views.theme_index, name="themes"),
    path("themes/<slug:code>/", views.theme_detail, name="theme"),
]
