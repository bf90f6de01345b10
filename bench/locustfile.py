"""The traffic mix of bench/load.py: what visitors and API clients of a public portal do, in proportion.

Every request carries ``X-Forwarded-Proto: https`` as the HTTPS proxy in front of gunicorn would.
"""

import random

from locust import FastHttpUser, between, task

QUERIES = ["épicerie solidaire", "mobilité rurale", "tiers-lieu", "jardin partagé", "insertion", "numérique",
           "repair café", "habitat", "culture", "santé", "emploi", "alimentation"]
FILTERS = [{}, {"region": "53"}, {"region": "76"}, {"departement": "29"}, {"theme": "alimentation"},
           {"theme": "mobilite", "region": "84"}]
PREFIXES = ["épi", "mobi", "tier", "jard", "insé", "num", "cultu", "sant"]
HEADERS = {"X-Forwarded-Proto": "https"}


class Visitor(FastHttpUser):
    wait_time = between(0.05, 0.3)
    slugs: list[str] = []

    def on_start(self):
        if not Visitor.slugs:
            response = self.client.get("/api/initiatives/?page=1", headers=HEADERS, name="api list")
            Visitor.slugs = [hit["slug"] for hit in response.json().get("results", [])] or ["inconnue"]
            for page in (2, 3, 4, 5):
                more = self.client.get(f"/api/initiatives/?page={page}", headers=HEADERS, name="api list")
                Visitor.slugs += [hit["slug"] for hit in more.json().get("results", [])]

    @task(3)
    def home(self):
        self.client.get("/", headers=HEADERS, name="home (cached)")

    @task(4)
    def search(self):
        params = {"q": random.choice(QUERIES), **random.choice(FILTERS)}
        self.client.get("/recherche/", params=params, headers=HEADERS, name="search page")

    @task(3)
    def initiative(self):
        self.client.get(f"/initiatives/{random.choice(Visitor.slugs)}/", headers=HEADERS, name="initiative page")

    @task(2)
    def api_list(self):
        params = {"q": random.choice(QUERIES), **random.choice(FILTERS)}
        self.client.get("/api/initiatives/", params=params, headers=HEADERS, name="api list")

    @task(3)
    def suggest(self):
        self.client.get("/api/search/suggest", params={"q": random.choice(PREFIXES)}, headers=HEADERS,
                        name="suggestions")
