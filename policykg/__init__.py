"""policykg: Chinese policy and work reports turned into a knowledge graph you can query."""

__version__ = "0.1.0"
