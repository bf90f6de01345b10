"""Sources and federated search: connectors, harvesting, normalisation, deduplication, queries."""
