"""Benchmark helpers: a synthetic news corpus generator (see bench.generate_corpus)."""
