"""Reaching Neo4j: settings and connection, the managed local server, the schema."""
