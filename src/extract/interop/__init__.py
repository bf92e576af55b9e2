"""Interchange with other annotation tools (Label Studio)."""
