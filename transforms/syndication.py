"""Near-duplicate stories: one wire story reprinted by many outlets, edited and updated.

Why: an agency story reprinted by ten outlets is one report, not ten. We sketch each body with
one-permutation MinHash (128 bins) over 3-word shingles, with stop words dropped and every number
written as "0" so a toll update (53 -> 49) or a light edit keeps most shingles. Candidates come
from LSH banding (group-by on band hashes: near-linear, no all-pairs), are verified by the
estimated Jaccard, and connected components become stories.

Signatures use Polars' row hash, which is stable within one Polars version only: the
`signature_version` column says which; recompute stored signatures when it changes.
"""
from __future__ import annotations

import polars as pl

from transforms.batching import in_chunks
from transforms.keys import stable_key

N_BINS = 128
ROWS_PER_BAND = 2
N_BANDS = N_BINS // ROWS_PER_BAND
THRESHOLD = 0.3
MAX_BUCKET = 40  # larger LSH buckets are linked to their smallest member only (stays linear)
VERIFY_CHUNK_PAIRS = 50_000
SHINGLE = 3
SIGNATURE_VERSION = f"oph{N_BINS}-w{SHINGLE}-polars{pl.__version__}"
_SEED = 0x5EED
_STOP = [
    "the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "by", "with", "from",
    "was", "were", "is", "are", "be", "been", "has", "have", "had", "it", "its", "that", "this",
    "as", "but", "after", "he", "she", "they", "their", "his", "her", "who", "which", "said",
    "says", "also", "not", "no", "into", "over", "about", "up", "out", "than", "there", "s",
]


def _shingles(articles: pl.LazyFrame) -> pl.LazyFrame:
    """(article_key, h) one row per distinct shingle hash."""
    text = (
        pl.concat_str([pl.col("body").fill_null("")], separator=" ")
        .str.to_lowercase()
        .str.replace_all(r"[0-9][0-9,.]*", " 0 ")
    )
    toks = (
        articles.select("article_key", text.str.extract_all(r"(?-u)[a-z0-9]+").alias("t"))
        .explode("t")
        .drop_nulls("t")
        .filter(~pl.col("t").is_in(_STOP))
    )
    nxt = [pl.col("t").shift(-i) for i in range(1, SHINGLE)]
    same = pl.all_horizontal([pl.col("article_key").shift(-i) == pl.col("article_key")
                              for i in range(1, SHINGLE)])
    return (
        toks.with_columns(pl.concat_str([pl.col("t"), *nxt], separator=" ").alias("s"),
                          same.alias("ok"))
        .filter(pl.col("ok"))
        .select("article_key", pl.col("s").hash(_SEED).alias("h"))
        .unique()
    )


def story_signatures(articles: pl.LazyFrame) -> pl.LazyFrame:
    """(article_key, signature List[UInt64] of 64 bin minima, signature_version).

    An article too short for one shingle gets a null signature (it becomes its own story)."""
    sh = _shingles(articles).with_columns(
        (pl.col("h") % N_BINS).cast(pl.Int32).alias("bin"), (pl.col("h") // N_BINS).alias("v")
    )
    mins = sh.group_by("article_key", "bin").agg(pl.col("v").min())
    keys = articles.select("article_key").unique()
    grid = keys.join(pl.LazyFrame({"bin": pl.arange(0, N_BINS, eager=True).cast(pl.Int32)}),
                     how="cross")
    dense = (
        grid.join(mins, on=["article_key", "bin"], how="left")
        .sort("article_key", "bin")
        .with_columns(pl.col("v").forward_fill().backward_fill().over("article_key"))
        .group_by("article_key", maintain_order=True)
        .agg(pl.col("v").alias("signature"))
    )
    return dense.select(
        "article_key",
        pl.when(pl.col("signature").list.drop_nulls().list.len() == N_BINS)
        .then("signature").alias("signature"),
        pl.lit(SIGNATURE_VERSION).alias("signature_version"),
    )


def signature_bands(signatures: pl.LazyFrame) -> pl.LazyFrame:
    """(article_key, band, h): one row per LSH band, h a hash of the band's values. The warehouse
    keeps them beside each signature, so an incremental run finds a new article's candidates
    with one indexed join instead of re-banding every stored signature (64 rows per article:
    ~5 GB at 700k if done in memory)."""
    sig = signatures.select("article_key", "signature").drop_nulls("signature")
    return (sig.select("article_key", *[pl.col("signature").list.gather_every(ROWS_PER_BAND, offset=r)
                                         .alias(f"r{r}") for r in range(ROWS_PER_BAND)],
                       pl.int_ranges(0, N_BANDS, dtype=pl.Int32).alias("band"))
            .explode(*[f"r{r}" for r in range(ROWS_PER_BAND)], "band")
            .select("article_key", "band", pl.struct(*[f"r{r}" for r in range(ROWS_PER_BAND)])
                    .hash(_SEED).alias("h")))


def candidate_pairs(signatures: pl.LazyFrame) -> pl.LazyFrame:
    """(a, b, jaccard) for LSH candidates with a < b, verified against THRESHOLD."""
    sig = signatures.select("article_key", "signature").drop_nulls("signature")
    bands = signature_bands(sig)
    buckets = bands.group_by("band", "h").agg(pl.len().alias("n"),
                                               pl.col("article_key").min().alias("first"))
    pairs = (_bucket_links(bands.rename({"article_key": "a"}), bands.rename({"article_key": "b"}),
                           buckets.filter(pl.col("n") > 1))
             .select(pl.min_horizontal("a", "b").alias("a"), pl.max_horizontal("a", "b").alias("b"))
             .filter(pl.col("a") < pl.col("b")).unique().collect())
    sig = sig.collect()
    return verify_pairs(pairs, sig, sig).lazy()


def _bucket_links(left: pl.LazyFrame, right: pl.LazyFrame, buckets: pl.LazyFrame) -> pl.LazyFrame:
    """(a, b) links through shared LSH buckets: `left` (a, band, h), `right` (b, band, h),
    `buckets` (band, h, n, first) with each bucket's size and smallest member. A bucket of at
    most MAX_BUCKET members links every left member to every right one; a bigger bucket links
    each left member to its smallest member only, so a boilerplate band stays linear."""
    small = buckets.filter(pl.col("n") <= MAX_BUCKET).select("band", "h")
    return pl.concat([
        left.join(small, on=["band", "h"], how="semi").join(right, on=["band", "h"]).select("a", "b"),
        left.join(buckets.filter(pl.col("n") > MAX_BUCKET), on=["band", "h"])
        .select("a", pl.col("first").alias("b")),
    ])


def verify_pairs(pairs: pl.DataFrame, sig_a: pl.DataFrame, sig_b: pl.DataFrame) -> pl.DataFrame:
    """(a, b, jaccard) of the candidate `pairs` (a, b) whose estimated Jaccard (the share of
    equal signature positions) reaches THRESHOLD; `sig_a`/`sig_b`: (article_key, signature).

    Verified in slices, each gathering the two 128-value signatures of its pairs by row
    position: a slice bounds that memory whatever the number of candidates."""
    arr = pl.Array(pl.UInt64, N_BINS)
    sig_a, sig_b = (s.join(pairs.select(pl.col(side).alias("article_key")).unique(),
                           on="article_key", how="semi")
                    .select("article_key", pl.col("signature").cast(arr))
                    for s, side in ((sig_a, "a"), (sig_b, "b")))
    idx = (pairs.join(sig_a.select(pl.col("article_key").alias("a")).with_row_index("ia"), on="a")
           .join(sig_b.select(pl.col("article_key").alias("b")).with_row_index("ib"), on="b"))
    va, vb = sig_a["signature"], sig_b["signature"]

    def verify(part: pl.DataFrame) -> pl.DataFrame:
        same = (va.gather(part["ia"]) - vb.gather(part["ib"])).arr.count_matches(0)
        return (part.select("a", "b", (same / N_BINS).alias("jaccard"))
                .filter(pl.col("jaccard") >= THRESHOLD))

    return in_chunks(idx, verify, chunk_rows=VERIFY_CHUNK_PAIRS)


def _components(keys: list[int], edges: list[tuple[int, int]]) -> dict[int, int]:
    """Union-find: article_key -> smallest article_key of its component."""
    parent = {k: k for k in keys}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {k: find(k) for k in keys}


def assign_stories(signatures: pl.LazyFrame) -> pl.LazyFrame:
    """(article_key, story_key): story_key = stable_key(smallest article_key in the component)."""
    keys = signatures.select("article_key").unique().collect()["article_key"].to_list()
    edges = candidate_pairs(signatures).select("a", "b").collect().rows()
    root = _components(keys, edges)
    roots = pl.DataFrame({"article_key": list(root), "root": list(root.values())},
                         schema={"article_key": pl.Int64, "root": pl.Int64})
    story = {r: stable_key(r) for r in set(root.values())}
    return roots.with_columns(
        pl.col("root").replace_strict(story, return_dtype=pl.Int64).alias("story_key")
    ).select("article_key", "story_key").lazy()


# ---------------------------------------------------------------- incremental
def cross_candidates(new_bands: pl.LazyFrame, stored_bands: pl.LazyFrame) -> pl.DataFrame:
    """(a new, b stored): unverified LSH candidates, the `candidate_pairs` rule between new and
    stored signatures only. `new_bands`: the new articles' `signature_bands`.

    `stored_bands` (article_key, band, h[, bucket_size]): the stored articles' band hashes, at
    least every row of each bucket a new article falls in; with `bucket_size` (the stored
    bucket's size, as `warehouse.read.shared_band_rows` gives them), a bucket larger than
    MAX_BUCKET may come as its smallest member alone. A bucket of more than MAX_BUCKET stored
    articles links a new article to its smallest member only, as `candidate_pairs` does."""
    new_b = new_bands.select(pl.col("article_key").alias("a"), "band", "h").collect()
    stored_b = stored_bands.select(pl.col("article_key").alias("b"), "band", "h", *(
        ["bucket_size"] if "bucket_size" in stored_bands.collect_schema() else []))
    stored_b = (stored_b.join(new_b.lazy().select("band", "h").unique(), on=["band", "h"],
                              how="semi").collect())
    size = pl.col("bucket_size").first() if "bucket_size" in stored_b.columns else pl.len()
    buckets = stored_b.group_by("band", "h").agg(size.alias("n"), pl.col("b").min().alias("first"))
    return _bucket_links(new_b.lazy(), stored_b.lazy(), buckets.lazy()).unique().collect()


def cross_pairs(new: pl.LazyFrame, stored_bands: pl.LazyFrame,
                stored: pl.LazyFrame) -> pl.LazyFrame:
    """(a new, b stored, jaccard): the `cross_candidates` whose estimated Jaccard reaches
    THRESHOLD; `stored` (article_key, signature) holds at least the candidates' signatures."""
    return verify_pairs(cross_candidates(signature_bands(new), stored_bands),
                        new.select("article_key", "signature").drop_nulls().collect(),
                        stored.select("article_key", "signature").drop_nulls().collect()).lazy()


def extend_stories(new: pl.LazyFrame, cross: pl.LazyFrame,
                   stored_stories: pl.LazyFrame) -> pl.LazyFrame:
    """(article_key, story_key) for the `new` articles only; stored stories never change.

    `cross` (a new, b stored): the verified near-duplicate pairs between new and stored
    articles (`cross_pairs`). A new article joins the story of any stored article it is a
    near-duplicate of (directly or through other new articles); when it links stories that were
    apart, it joins the one with the smallest story_key (a full recompute would merge them).
    New articles that match nothing stored form stories among themselves, keyed as
    `assign_stories` keys them."""
    new = new.select("article_key", "signature").collect()
    keys = new["article_key"].to_list()
    inner = candidate_pairs(new.lazy()).select("a", "b").collect().rows()
    outer = (cross.join(stored_stories.select(pl.col("article_key").alias("b"), "story_key"),
                        on="b")
             .select("a", "story_key").unique().collect().rows())
    root = _components(keys, inner)
    linked: dict[int, int] = {}
    for a, story in outer:
        r = root[a]
        linked[r] = min(story, linked.get(r, story))
    story = {k: linked.get(root[k], stable_key(root[k])) for k in keys}
    return pl.DataFrame({"article_key": keys, "story_key": [story[k] for k in keys]},
                        schema={"article_key": pl.Int64, "story_key": pl.Int64}).lazy()
