"""Reading and validating input (seed files, documents) and writing it to the graph."""
