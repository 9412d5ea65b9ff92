"""MechGraph: a Neo4j graph of how UN and regional human rights mechanisms work together."""
