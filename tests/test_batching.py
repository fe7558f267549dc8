import polars as pl

from transforms.batching import in_chunks, rows_for, take_batch


def test_chunks_cover_every_row_once_in_order():
    frame = pl.DataFrame({"article_key": list(range(23))})
    seen = []

    def double(part):
        seen.append(part.height)
        return part.with_columns(x=pl.col("article_key") * 2)

    out = in_chunks(frame, double, chunk_rows=10)
    assert seen == [10, 10, 3]
    assert out["x"].to_list() == [2 * k for k in range(23)]


def test_empty_frame_keeps_the_schema():
    out = in_chunks(pl.DataFrame(schema={"article_key": pl.Int64}),
                    lambda p: p.with_columns(y=pl.lit("a")), chunk_rows=10)
    assert out.schema == {"article_key": pl.Int64, "y": pl.Utf8} and out.height == 0


def test_rows_for_pairs_a_slice_with_its_facts():
    facts = pl.DataFrame({"article_key": [1, 1, 2, 3], "v": [10, 11, 20, 30]})
    assert rows_for(pl.DataFrame({"article_key": [1, 3]}), facts)["v"].to_list() == [10, 11, 30]


def test_batch_takes_files_in_path_order_up_to_the_budget():
    files = pl.DataFrame({"source_file": ["c.jsonl", "a.jsonl", "b.md", "d.txt"],
                          "size_bytes": [50, 40, 30, 10]})
    assert take_batch(files, 75)["source_file"].to_list() == ["a.jsonl", "b.md"]
    assert take_batch(files, 0)["source_file"].to_list() == ["a.jsonl", "b.md", "c.jsonl", "d.txt"]
    # a file larger than the budget still goes, alone: every backlog makes progress
    assert take_batch(files, 5)["source_file"].to_list() == ["a.jsonl"]
