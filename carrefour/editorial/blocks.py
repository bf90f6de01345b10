"""StreamField blocks of articles and standard pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("titre"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("niveau"), choices=[("h2", _("titre de section")), ("h3", _("sous-titre"))], default="h2"
    )

    class Meta:
        icon = "title"
        label = _("Intertitre")
        template = "editorial/blocks/heading.html"


class CreditedImageBlock(blocks.StructBlock):
    """An image always published with its alternative text and its credit (rights of the author)."""

    image = ImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(
        label=_("texte alternatif"), max_length=250, required=False,
        help_text=_("Décrit l’image pour les personnes qui ne la voient pas ; laisser vide si elle est décorative."),
    )
    caption = blocks.CharBlock(label=_("légende"), max_length=250, required=False)
    credit = blocks.CharBlock(label=_("crédit"), max_length=200, help_text=_("Auteur ou autrice, licence."))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "editorial/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("citation"))
    author = blocks.CharBlock(label=_("auteur ou autrice"), max_length=200, required=False)
    role = blocks.CharBlock(label=_("fonction"), max_length=200, required=False)

    class Meta:
        icon = "openquote"
        label = _("Citation")
        template = "editorial/blocks/quote.html"


class InitiativeCardBlock(blocks.StructBlock):
    """Embeds a harvested initiative: the card follows the record, so it stays current after each harvest."""

    initiative = SnippetChooserBlock("initiatives.Initiative", label=_("initiative"))
    comment = blocks.TextBlock(label=_("commentaire"), required=False)

    class Meta:
        icon = "site"
        label = _("Fiche initiative")
        template = "editorial/blocks/initiative_card.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"), max_length=200)
    text = blocks.TextBlock(label=_("texte"), required=False)
    label = blocks.CharBlock(label=_("libellé du bouton"), max_length=80)
    page = blocks.PageChooserBlock(label=_("page du site"), required=False)
    url = blocks.URLBlock(label=_("ou adresse externe"), required=False)

    class Meta:
        icon = "link"
        label = _("Appel à l’action")
        template = "editorial/blocks/call_to_action.html"

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks import StructBlockValidationError

        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choisissez une page du site ou saisissez une adresse."))}
            )
        return value


class ArticleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Texte"), icon="pilcrow",
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        template="editorial/blocks/paragraph.html",
    )
    image = CreditedImageBlock()
    quote = QuoteBlock()
    initiative = InitiativeCardBlock()
    call_to_action = CallToActionBlock()
