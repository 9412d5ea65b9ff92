"""The questions users ask, one .cypher file each, and the runner that binds their parameters."""
