"""Demo partner platforms: a fictional world of French social innovations published by ten invented platforms,
each in its own format, served on 127.0.0.1 by ``python -m carrefour.demo.server``."""
