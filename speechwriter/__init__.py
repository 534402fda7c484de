"""讲稿助手 speechwriter: learn speech structures from samples, draft, export Word."""

__version__ = "0.1.0"
