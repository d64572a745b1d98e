"""A page cut from ids read for many pages at once (loaders) is the page one query gives."""

from __future__ import annotations

from credit.services.paging import Page, page_of_ids


def test_a_page_starts_after_the_cursor_and_says_whether_more_follow() -> None:
    ids = [3, 5, 8, 13, 21]
    assert page_of_ids(ids, 0, 2) == Page([3, 5], True, 5)
    assert page_of_ids(ids, 5, 2) == Page([8, 13], True, 5)
    assert page_of_ids(ids, 8, 2) == Page([13, 21], False, 5)  # exactly the rest: no next page
    assert page_of_ids(ids, 21, 2) == Page([], False, 5)
    assert page_of_ids([], 0, 10) == Page([], False, 0)
