"""Shared record constructor for the corpus modules (internal tags are not exported)."""

RECORDS = []


def R(tags, place, title, summary, description, themes, porteur, kind, year, key=None):
    RECORDS.append(dict(tags=tags.split(), place=place, title=title, summary=summary,
                        description=description, themes=[t.strip() for t in themes.split(";")],
                        porteur=porteur, kind=kind, year=year, key=key))
