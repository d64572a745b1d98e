"""What the public reads about a listing: each ground in Chinese with its legal basis, and
which statuses are published (ACTIVE), gone (410) or never published (404)."""

from __future__ import annotations

from credit.domain.listings import ListingGround, ListingStatus, ListKind
from credit.domain.publication import GROUNDS, Publication, unpublished_reason


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
