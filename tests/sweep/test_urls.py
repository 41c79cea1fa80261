"""URL files, normalised URLs and shards (fast tier: no browser)."""

from __future__ import annotations

from pathlib import Path

import pytest

from consentinel.sweep.urls import Shard, UrlListError, normalise_url, read_url_file, unique_urls, url_key


def test_plain_url_file_skips_comments_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text("# top sites\nhttps://a.example/\n\n  https://b.example/x  \n# end\n", encoding="utf-8")
    assert read_url_file(path) == ["https://a.example/", "https://b.example/x"]


def test_csv_url_file_reads_the_url_column(tmp_path: Path) -> None:
    path = tmp_path / "urls.csv"
    path.write_text("rank,url,country\n1,https://a.example/,DE\n2,https://b.example/,FR\n", encoding="utf-8")
    assert read_url_file(path) == ["https://a.example/", "https://b.example/"]


def test_bad_lines_are_reported_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text("https://ok.example/\nexample.org\n# fine\nftp://x.example/\n", encoding="utf-8")
    with pytest.raises(UrlListError) as caught:
        read_url_file(path)
    assert [error.split(": ", 1)[0] for error in caught.value.errors] == [f"{path}:2", f"{path}:4"]
    assert "did you mean https://example.org" in caught.value.errors[0]


def test_csv_row_without_url_is_an_error_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "urls.csv"
    path.write_text("url,rank\nhttps://a.example/,1\n,2\n", encoding="utf-8")
    with pytest.raises(UrlListError, match=r"urls\.csv:3: no value in the url column"):
        read_url_file(path)


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text("# nothing yet\n", encoding="utf-8")
    with pytest.raises(UrlListError, match="no URLs"):
        read_url_file(path)


def test_normalised_url_drops_what_does_not_change_the_page() -> None:
    assert normalise_url("HTTPS://Example.ORG:443#top") == "https://example.org/"
    assert normalise_url("http://example.org:8080/A?q=1") == "http://example.org:8080/A?q=1"
    assert url_key("https://example.org") == url_key("https://EXAMPLE.org/#x")
    assert unique_urls(["https://a.example", "https://A.example/", "https://b.example"]) == [
        "https://a.example", "https://b.example"]


def test_shards_partition_the_list_and_ignore_position() -> None:
    urls = [f"https://site{n}.example/" for n in range(200)]
    shards = [Shard(i, 3).take(urls) for i in (1, 2, 3)]
    assert sorted(url for shard in shards for url in shard) == sorted(urls)
    assert all(shards)
    # Another order, or more URLs, moves no URL to another shard.
    grown = Shard(2, 3).take([*reversed(urls), "https://new.example/"])
    assert set(grown) - {"https://new.example/"} == set(shards[1])


@pytest.mark.parametrize("text", ["0/3", "4/3", "1", "a/b", "1/0"])
def test_bad_shard_is_a_one_line_error(text: str) -> None:
    with pytest.raises(ValueError, match="--shard"):
        Shard.parse(text)


def test_shard_parses_i_of_n() -> None:
    assert Shard.parse("2/4") == Shard(2, 4)
    assert str(Shard.parse("2/4")) == "2/4"
