"""Pandera models for every table, and the split of failing rows into quarantine."""
