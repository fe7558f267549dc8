"""One HTML article page → the fields of a raw record.

trafilatura reads the page metadata (title, site name, author, canonical URL); htmldate, via
`transforms.pubdate`, the publication date. The body is the page's paragraphs in reading order
from its <article> (else <main>, else <body>), with navigation, forms, scripts and asides
dropped and photo captions lifted out so they stay apart from the body, as for text files.
trafilatura's own text extractor is the fallback for pages without paragraphs.
"""
from __future__ import annotations

import lxml.etree
import lxml.html
import trafilatura
from trafilatura.metadata import extract_metadata

from transforms.html_dates import published_from_markup
from transforms.pubdate import published_from_html

_CAPTION_XPATH = (
    "//figcaption | //*[contains(concat(' ', normalize-space(@class), ' '), ' caption ')]"
)
_NOISE_XPATH = "//nav | //header | //footer | //aside | //script | //style | //form | //noscript"
_BYLINE_XPATH = (
    "//*[contains(@class, 'byline') or contains(@class, 'author') or @rel='author']"
)
_BLOCKS = "p", "h2", "h3", "h4", "li", "blockquote"


def _text(node: lxml.html.HtmlElement) -> str:
    return " ".join(node.text_content().split())


def parse_html_page(html: str) -> dict[str, str | None]:
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return {"raw_text": None}
    info = extract_metadata(tree, extensive=False).as_dict()
    published_at = published_from_markup(tree)  # before asides and bylines are dropped
    captions = [t for t in (_text(n) for n in tree.xpath(_CAPTION_XPATH)) if t]
    bylines = [t for t in (_text(n) for n in tree.xpath(_BYLINE_XPATH)) if t]
    for node in tree.xpath(_CAPTION_XPATH + " | " + _NOISE_XPATH + " | " + _BYLINE_XPATH):
        if node.getparent() is not None:
            node.drop_tree()
    root = next(iter(tree.xpath("//article") or tree.xpath("//main") or tree.xpath("//body")), tree)
    lines = [t for t in (_text(n) for n in root.iter(*_BLOCKS)) if t]
    if not lines:
        fallback = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
        lines = [line for line in fallback.splitlines() if line.strip()]
    url = info.get("url")
    if published_at is None:
        published_at, _ = published_from_html(html, url)
    return {
        "raw_text": "\n\n".join(lines),
        "given_title": info.get("title"),
        "given_url": url,
        "given_published_at": published_at.isoformat() if published_at else None,
        "given_outlet": info.get("sitename"),
        "given_author": bylines[0] if bylines else info.get("author"),
        "given_language": info.get("language"),
        "given_captions": "\n".join(captions) or None,
    }
