"""What things are called: the vocabularies, the registry of body names, the seed-file reader.

The bottom floor under the loaders, the queries and the dashboard alike: a kind, role or
system is defined once in :mod:`registry.vocabulary`, and a body's every spelling resolves
through :mod:`registry.names`.
"""
