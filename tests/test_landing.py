import json

from transforms.landing import read_records, scan_landing


def _read(root):
    files = scan_landing(root)
    return read_records(root, files["source_file"].to_list())


def test_every_format_becomes_records(write_files):
    root = write_files({
        "a.md": "# Flood kills 4\n\nFour people died when the river burst its banks.\n",
        "b.txt": "Bus crash\n\nTwelve passengers were hurt on Monday.\n",
        "c.jsonl": json.dumps({"id": "x1", "text": "Two killed.", "outlet": "Daily Nation"})
        + "\n\n" + json.dumps({"body": "Body key works too."}) + "\n",
        "d.html": "<html><head><meta property='og:site_name' content='The Star'></head>"
        "<body><article><h1>T</h1><p>Three were killed in a blast, police said.</p>"
        "<figure><figcaption>Rescuers at the site. Photo: Reuters</figcaption></figure>"
        "</article><footer>Copyright</footer></body></html>",
        "notes.csv": "ignored,file\n",
    })
    records, quarantine = _read(root)
    assert quarantine.is_empty()
    assert sorted(records["format"].to_list()) == ["html", "jsonl", "jsonl", "md", "txt"]
    jsonl = records.filter(records["format"] == "jsonl").sort("record")
    assert jsonl["record"].to_list() == [1, 3]  # line numbers, blank line skipped
    assert jsonl["given_id"].to_list() == ["x1", None]
    assert jsonl["given_outlet"].to_list() == ["Daily Nation", None]
    page = records.filter(records["format"] == "html").row(0, named=True)
    assert "Three were killed" in page["raw_text"] and "Copyright" not in page["raw_text"]
    assert page["given_captions"] == "Rescuers at the site. Photo: Reuters"
    assert page["given_outlet"] == "The Star"


def test_bad_inputs_are_quarantined_with_reasons(write_files):
    root = write_files({
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "empty.md": "",
        "blank.txt": "   \n\n  ",
        "latin1.txt": "Dépêche: trois morts".encode("latin-1"),
        "feed.jsonl": '{"id": "ok", "text": "One killed."}\n{"id": "broken", "text": \n'
        '{"id": "notext", "text": ""}\n[1, 2]\n',
    })
    records, quarantine = _read(root)
    assert records["given_id"].to_list() == ["ok"]
    reasons = {(r["source_file"], r["record"]): r["reason"] for r in quarantine.iter_rows(named=True)}
    assert reasons == {
        ("binary.txt", None): "binary",
        ("empty.md", None): "empty",
        ("blank.txt", None): "empty",
        ("latin1.txt", None): "bad_encoding",
        ("feed.jsonl", 2): "bad_json",
        ("feed.jsonl", 3): "no_text",
        ("feed.jsonl", 4): "bad_json",
    }
    assert quarantine["detail"].null_count() == 0


def test_scan_skips_hidden_and_foreign_files(write_files):
    root = write_files({".hidden/x.md": "# x\n\nbody.", "keep.md": "# k\n\nbody.", "x.pdf": "%PDF"})
    assert scan_landing(root)["source_file"].to_list() == ["keep.md"]


def test_clean_jsonl_fast_path_matches_line_by_line(write_files):
    lines = [{"id": 7, "text": "Two killed.", "outlet": "Daily Nation"},
             {"id": "b", "body": "Body key, “quoted”.", "published_at": "2021-01-02"}]
    clean = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n"
    fast, _ = _read(write_files({"clean.jsonl": clean}))
    slow, _ = _read(write_files({"clean.jsonl": clean + "\n"}))  # a blank line: careful path
    assert fast.to_dicts() == slow.to_dicts()
    assert fast["given_id"].to_list() == ["7", "b"] and fast["record"].to_list() == [1, 2]
