from django.db.models.signals import post_migrate
from django.dispatch import receiver


@receiver(post_migrate)
def ensure_site_tree_after_migrate(sender, app_config=None, using="default", **kwargs) -> None:
    # Runs after migrate and after the test runner's flush, so every database serves a home page.
    if app_config is None or app_config.label != "editorial":
        return
    from carrefour.editorial.services import site_tree_ensure

    site_tree_ensure()
