"""Ingesting documents: a report's file becomes a Document with its paragraphs, what they name and cite, and candidate links."""
