"""The labelled corpus inside the last half of the standard chromes: accuracy (the
"in chrome" variant of test_corpus_accuracy) and the corpus-wide chrome-invariance check.

A file of its own, as is the other half, so that a parallel run (`pytest -n --dist loadfile`)
gives each half's extractions to a different worker.
"""

from __future__ import annotations

import pytest

from tests.test_corpus_accuracy import LAST_CHROMES, assert_accurate, assert_unchanged_by_chrome


def test_corpus_accuracy_in_the_last_chromes() -> None:
    assert_accurate("in chrome", LAST_CHROMES)


@pytest.mark.parametrize("which", LAST_CHROMES)
def test_every_corpus_page_is_unchanged_by_the_last_chromes(which: int) -> None:
    assert_unchanged_by_chrome(which)
