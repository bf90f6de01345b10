from django.urls import path

from communities import views

app_name = "communities"

urlpatterns = [
    path("", views.community_list, name="list"),
    path("nouvelle/", views.community_create, name="create"),
    path("ajouter/<slug:initiative_slug>/", views.item_add, name="add-item"),
    path("invitation/<str:token>/", views.invitation_accept, name="invitation"),
    path("<slug:slug>/invitations/<int:pk>/annuler/", views.invitation_revoke, name="invitation-revoke"),
    path("mes-recherches/", views.saved_search_list, name="saved-searches"),
    path("mes-recherches/suivre/", views.saved_search_create, name="watch-search"),
    path("mes-recherches/<int:pk>/supprimer/", views.saved_search_delete, name="saved-search-delete"),
    path("mes-suggestions/", views.my_suggestions, name="my-suggestions"),
    path("suggestions/<int:pk>/", views.suggestion_decide, name="suggestion-decide"),
    path("<slug:slug>/", views.community_detail, name="detail"),
    path("<slug:slug>/modifier/", views.community_edit, name="edit"),
    path("<slug:slug>/supprimer/", views.community_delete, name="delete"),
    path("<slug:slug>/rejoindre/", views.community_join, name="join"),
    path("<slug:slug>/quitter/", views.community_leave, name="leave"),
    path("<slug:slug>/membres/", views.member_list, name="members"),
    path("<slug:slug>/membres/<int:pk>/", views.member_update, name="member-update"),
    path("<slug:slug>/demandes/<int:pk>/", views.join_request_decide, name="join-request-decide"),
    path("<slug:slug>/collections/", views.collection_create, name="collection-create"),
    path("<slug:slug>/elements/<int:pk>/", views.item_detail, name="item"),
    path("<slug:slug>/elements/<int:pk>/deplacer/", views.item_move, name="item-move"),
    path("<slug:slug>/elements/<int:pk>/retirer/", views.item_remove, name="item-remove"),
    path("<slug:slug>/moderation/", views.moderate, name="moderate"),
    path("<slug:slug>/signaler/", views.report, name="report"),
    path("<slug:slug>/suggestions/", views.suggestion_inbox, name="suggestions"),
    path("<slug:slug>/export.csv", views.export_csv, name="export-csv"),
    path("<slug:slug>/export.json", views.export_json, name="export-json"),
]
