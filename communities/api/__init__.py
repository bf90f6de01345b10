"""REST API of the communities: the same services, selectors and django-rules permissions as the HTML pages."""
