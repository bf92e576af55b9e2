"""vi-extract: figures in Vietnamese news turned into linked, checkable facts."""

__version__ = "0.1.0"
