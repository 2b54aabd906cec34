"""Stores, queries and analytics over the graph of SCHEMA.md."""
