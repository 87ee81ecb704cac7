from scraper.models import FilingInfo


def test_filing_lists_are_sorted_and_unique():
    info = FilingInfo(methods=["post", "email", "post"], emails=["b@x.jp", "a@x.jp"])
    assert info.methods == ["email", "post"]
    assert info.emails == ["a@x.jp", "b@x.jp"]
