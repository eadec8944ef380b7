"""mljobs: typed clients for the jobs APIs of five ML platforms, with one way to page and wait."""

__version__ = "0.1.0"

__all__ = ["__version__"]
