"""The labelled corpus inside the first half of the standard chromes: accuracy (the
"in chrome" variant of test_corpus_accuracy) and the corpus-wide chrome-invariance check.

A file of its own, as is the other half, so that a parallel run (`pytest -n --dist loadfile`)
gives each half's extractions to a different worker.
"""

from __future__ import annotations

import pytest

from tests.test_corpus_accuracy import FIRST_CHROMES, assert_accurate, assert_unchanged_by_chrome


def test_corpus_accuracy_in_the_first_chromes() -> None:
    assert_accurate("in chrome", FIRST_CHROMES)


@pytest.mark.parametrize("which", FIRST_CHROMES)
def test_every_corpus_page_is_unchanged_by_the_first_chromes(which: int) -> None:
    assert_unchanged_by_chrome(which)
