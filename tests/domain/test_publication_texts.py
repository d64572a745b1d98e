"""What the public reads about a listing: each ground in Chinese with its legal basis, and
which statuses are published (ACTIVE), gone (410) or never published (404)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from credit.domain.listings import ListingGround, ListingStatus, ListKind
from credit.domain.publication import (
    COLUMNS,
    GROUNDS,
    Publication,
    PublishedRow,
    ground_text,
    row_values,
    unpublished_reason,
)


def test_every_blacklist_ground_cites_its_article_of_order_11_and_greylist_grounds_say_local_rules() -> None:
    assert set(GROUNDS) == set(ListingGround)
    for ground, text in GROUNDS.items():
        assert text.label
        if ground.list_kind is ListKind.BLACKLIST:
            assert "应急管理部令第11号" in text.basis
            assert ("第六条" in text.basis) != ("第七条" in text.basis)
        else:
            assert "第11号" not in text.basis and "无全国统一规定" in text.basis
    assert GROUNDS[ListingGround.CONCEALED_ACCIDENT].basis.endswith("第六条第（四）项")
    assert GROUNDS[ListingGround.FALSE_CERTIFICATION].basis.endswith("第七条第（二）项")


def test_only_a_listing_in_force_is_published_an_ended_one_is_gone_and_the_rest_never_were() -> None:
    assert unpublished_reason(ListingStatus.ACTIVE) is None
    assert unpublished_reason(ListingStatus.EXPIRED) == Publication.GONE
    assert unpublished_reason(ListingStatus.REPAIRED) == Publication.GONE
    for status in (ListingStatus.NOTIFIED, ListingStatus.WITHDRAWN, ListingStatus.REVOKED):
        assert unpublished_reason(status) == Publication.NOT_FOUND


def test_a_published_row_reads_in_the_order_of_the_open_data_columns() -> None:
    row = PublishedRow(12, "BLACKLIST", "CONCEALED_ACCIDENT", "某化工有限公司", "91440300MA5F000000", "440305",
                       date(2025, 1, 2), date(2028, 1, 2), "深圳市应急管理局", "11440300MB2C00000X", None)
    assert len(row_values(row)) == len(COLUMNS)
    assert row_values(row) == (
        12, "某化工有限公司", "91440300MA5F000000", "440305", "BLACKLIST", "安全生产严重失信主体名单",
        "CONCEALED_ACCIDENT", "瞒报、谎报生产安全事故", "", "2025-01-02", "2028-01-02", "深圳市应急管理局",
        "11440300MB2C00000X",
    )
    numbered = replace(row, decision_number="深应急罚〔2024〕7号")
    assert row_values(numbered)[8] == "深应急罚〔2024〕7号"
    assert ground_text("CONCEALED_ACCIDENT") is GROUNDS[ListingGround.CONCEALED_ACCIDENT]
